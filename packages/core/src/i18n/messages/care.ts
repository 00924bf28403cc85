// Care messages. Data only: this file imports nothing, so every layer may use its ids.
// Placeholders are written {name} and filled from a message's params.
// Every text here is written in-house (docs/concepts.md, "Where the words come from"); docs/concepts.md names the research behind each group.

export const careEn = {
  // The private safety screen (docs/concepts.md, "Safety"). Each question is worded so that "no" is the safe answer.
  'care.screening.title': 'Before you start: a private check',
  'care.screening.intro':
    'These questions are only for you. Your answers are never shown to your partner, and nothing you enter here leaves this device.',
  'care.screening.why':
    'We ask everyone. Working through a disagreement together only helps when both of you can speak freely and feel safe.',
  'care.screening.unsureNote':
    'If you are not sure, choose "I\'m not sure". That is a fine answer, and we will take it seriously.',
  'care.screening.answer.no': 'No',
  'care.screening.answer.yes': 'Yes',
  'care.screening.answer.unsure': "I'm not sure",
  'care.screening.afraid.question':
    'Do you ever feel afraid of your partner, or uneasy being in the same room with them when you disagree?',
  'care.screening.afraid.hint': 'For example: watching what you say or do so things will not get worse.',
  'care.screening.hurt.question': 'Has a disagreement between you ever turned physical?',
  'care.screening.hurt.hint': 'For example: pushing, grabbing, hitting, throwing things, or blocking a door.',
  'care.screening.threatened.question':
    'Has your partner ever threatened to hurt you, someone close to you, or themselves?',
  'care.screening.threatened.hint':
    'This includes threats about the children, money, your immigration status, or sharing private things about you.',
  'care.screening.controlled.question':
    'Does your partner make decisions that should be yours, or keep watch over what you do?',
  'care.screening.controlled.hint':
    'For example: deciding who you see or what you wear, checking your phone or messages, tracking where you are.',
  'care.screening.isolated.question':
    'Has your partner made it hard for you to see friends or family, or to have people of your own?',
  'care.screening.isolated.hint': 'For example: making it unpleasant to go out, or keeping you from your phone or car.',
  'care.screening.money.question':
    'Does your partner keep you from having, using or knowing about money, including your own?',
  'care.screening.money.hint':
    'For example: taking your pay, making you account for every purchase, or stopping you from working.',
  'care.screening.speakUp.question':
    'When you say what you really think, or disagree with your partner, do you worry about what might happen next?',
  'care.screening.speakUp.hint': 'For example: shouting, long punishing silences, threats, or things getting broken.',
  'care.screening.notSafeNow': "It's not safe to answer right now",
  'care.screening.notSafeNowHint': 'This closes Common Ground at once and opens a neutral page.',
  'care.screening.recheck.question': 'Since you started, has anything made you feel unsafe or afraid?',
  'care.screening.result.clear': 'Thank you. You can go on. You can pause or leave at any moment.',
  'care.screening.result.concern':
    'Thank you for answering. From what you shared, working on this together here is not the right step right now. This is not a judgment of you, and you have done nothing wrong.',

  // Safety mode (docs/concepts.md, "Safety mode"): compromise stops, individual help and resources are offered at once.
  'care.safety.title': "Let's stop the joint work here",
  'care.safety.body':
    'Something shared in this session suggests that working this out together may not be safe right now. Your safety matters more than any compromise.',
  'care.safety.individualHelp':
    'Talking with someone on your own, such as a support line, a counselor or a doctor, can help you think about what comes next.',
  'care.safety.noRecording':
    'Common Ground never records or transcribes anything, and nothing you enter leaves this device.',
  'care.safety.quickExit.label': 'Quick exit',
  'care.safety.quickExit.hint':
    'Leaves at once and opens a neutral page. Your browser history may still show this site; a private window is safer.',
  'care.safety.resources.title': 'Help you can reach now',

  // Crisis resources (docs/concepts.md, "Crisis resources depend on where you are"). Names and descriptions here; numbers live in care/safetyResources.ts as data.
  'care.resources.emergency.name': 'Local emergency services',
  'care.resources.emergency.description':
    'If you are in danger, contact your local emergency services now. A local domestic violence service, a doctor or someone you trust can also help you plan your next steps.',
  'care.resources.us.emergency.name': 'Emergency services (911)',
  'care.resources.us.emergency.description': 'Call 911 if you are in immediate danger.',
  'care.resources.us.hotline.name': 'National Domestic Violence Hotline',
  'care.resources.us.hotline.description':
    'Support for anyone affected by abuse in a relationship. When you reach them, they first check whether it is safe for you to talk.',
  'care.resources.contact.call': 'Call {number}',
  'care.resources.contact.tty': 'TTY: {number}',
  'care.resources.contact.text': 'Text {keyword} to {number}',
  'care.resources.contact.chat': 'Chat at {site}',

  // The Self-Compassion Break (docs/concepts.md, "Self-compassion and the pause"): three steps, each with an instruction, a phrase and alternatives.
  'care.selfCompassion.title': 'A self-compassion break',
  'care.selfCompassion.intro':
    'Bring to mind the part of this that is hard for you. Let yourself feel it a little, and notice where it sits in your body.',
  'care.selfCompassion.optional': 'Every step is optional. Skip anything that does not fit.',
  'care.selfCompassion.ownWords': 'Or write the words you need to hear.',
  'care.selfCompassion.mindfulness.title': 'Notice it',
  'care.selfCompassion.mindfulness.instruction':
    'Name what is happening, gently, without pushing it away or making it bigger than it is.',
  'care.selfCompassion.mindfulness.phrase': 'This is hard right now.',
  'care.selfCompassion.mindfulness.alt.hurts': 'This hurts.',
  'care.selfCompassion.mindfulness.alt.painful': 'I am having a painful moment.',
  'care.selfCompassion.mindfulness.alt.stressed': 'Right now I feel stressed, and that is okay to notice.',
  'care.selfCompassion.commonHumanity.title': 'You are not the only one',
  'care.selfCompassion.commonHumanity.instruction':
    'Remind yourself that struggling is part of being human, and that many people feel what you feel.',
  'care.selfCompassion.commonHumanity.phrase': 'Other people feel this too. I am not alone in this.',
  'care.selfCompassion.commonHumanity.alt.relationships': 'Hard moments are part of every close relationship.',
  'care.selfCompassion.commonHumanity.alt.stuck': 'Everyone gets stuck sometimes.',
  'care.selfCompassion.commonHumanity.touch':
    'If it feels right, rest a hand on your chest or somewhere comforting, and notice its warmth.',
  'care.selfCompassion.selfKindness.title': 'Be kind to yourself',
  'care.selfCompassion.selfKindness.instruction':
    'Offer yourself what you would offer a good friend in your place. What do you need to hear right now?',
  'care.selfCompassion.selfKindness.phrase': 'Let me be gentle with myself right now.',
  'care.selfCompassion.selfKindness.alt.accept': 'I can accept myself as I am in this moment.',
  'care.selfCompassion.selfKindness.alt.forgive': 'I can forgive myself for this.',
  'care.selfCompassion.selfKindness.alt.strong': 'I can stay steady and strong here.',
  'care.selfCompassion.selfKindness.alt.patient': 'I can be patient with myself.',

  // Tender and fierce self-compassion (docs/concepts.md, "Tender and fierce"): both are offered to everyone.
  'care.prompts.whatDoINeed': 'What do I need right now?',
  'care.prompts.whatDoINeed.hint':
    'Some moments call for comfort; others call for standing up for yourself. Both are ways of caring for yourself, and you can choose either.',
  'care.prompts.mode.tender.label': 'Comfort',
  'care.prompts.mode.tender.description': 'Being with yourself: comfort, soothing, and feeling understood.',
  'care.prompts.mode.fierce.label': 'Action',
  'care.prompts.mode.fierce.description':
    'Acting for yourself: protecting, giving yourself what you need, taking a step.',
  'care.prompts.permission.tender': 'It is okay to be gentle with yourself here.',
  'care.prompts.permission.fierce': 'It is okay to be firm here.',
  'care.prompts.tender.comfort.title': 'Comfort',
  'care.prompts.tender.comfort.text':
    'What would you say to someone you love who felt like this? Try saying it to yourself.',
  'care.prompts.tender.soothe.title': 'Soothe',
  'care.prompts.tender.soothe.text':
    'Slow down for a moment. Let your breath out slowly, loosen your hands, or rest a hand somewhere comforting.',
  'care.prompts.tender.validate.title': 'Validate',
  'care.prompts.tender.validate.text':
    'Your feelings make sense. Given what is going on, it is understandable to feel this way.',
  'care.prompts.fierce.protect.title': 'Protect',
  'care.prompts.fierce.protect.text':
    'Is there a line you need to draw? Say what you will or will not do yourself, not a penalty for the other person.',
  'care.prompts.fierce.provide.title': 'Provide',
  'care.prompts.fierce.provide.text': 'Which of your needs has not had room yet? You can add it to your needs now.',
  'care.prompts.fierce.motivate.title': 'Motivate',
  'care.prompts.fierce.motivate.text': 'What is one small step you could take next? Pick one you can start soon.',
  'care.prompts.fierce.needsMatter.title': 'Your needs matter too',
  'care.prompts.fierce.needsMatter.text':
    'Your needs matter too. If this agreement asks you to give up something important to you, you are allowed to say so and look for another way.',
  'care.prompts.listener.distress':
    'Listening to this may stir up feelings of your own. Notice them and breathe. You do not have to fix anything yet; for now, just listen.',

  // Compassionate reframes said out loud for self-critical words (docs/concepts.md, "Reframes said out loud"): what hurt, that it is human, what can be learned.
  'care.reframes.intro': 'Here is another way to say that to yourself. You can change the words.',
  'care.reframes.sayAloud': 'Try saying it out loud, or rewrite it in your own words.',
  'care.reframes.globalLabel.hurt': 'Calling myself names tells me this really stung.',
  'care.reframes.globalLabel.human': 'Everyone gets things wrong. One moment does not sum me up.',
  'care.reframes.globalLabel.learn': 'What would help me handle this differently next time?',
  'care.reframes.whatIsWrongWithMe.hurt': 'I am hurting, and I am looking for a reason.',
  'care.reframes.whatIsWrongWithMe.human':
    'Nothing is wrong with me for finding this hard. Lots of people get stuck in moments like this.',
  'care.reframes.whatIsWrongWithMe.learn': 'What do I need right now to take the next step?',
  'care.reframes.alwaysFailing.hurt': 'It feels like this keeps happening, and that is painful.',
  'care.reframes.alwaysFailing.human':
    '"Always" is my frustration talking. Like anyone, I have times when this went fine.',
  'care.reframes.alwaysFailing.learn': 'What was different on the days it went better?',
  'care.reframes.allMyFault.hurt': 'I am carrying a lot of blame right now, and it is heavy.',
  'care.reframes.allMyFault.human': 'A conflict takes two people and many circumstances. It is rarely all one person.',
  'care.reframes.allMyFault.learn': 'Which part is mine to own, and what can I do about that part?',
  'care.reframes.selfContempt.hurt': 'I am in a lot of pain right now.',
  'care.reframes.selfContempt.human': 'Harsh feelings toward ourselves come up for many people when things go wrong.',
  'care.reframes.selfContempt.learn':
    'What would I say to a friend who felt this way? And if this feeling stays strong, who could I talk to?',
  'care.reframes.general.hurt': 'That hurt.',
  'care.reframes.general.human': 'Lots of people get stuck in moments like this.',
  'care.reframes.general.learn': 'What do I need right now, and what can I take from this?',

  // A needs vocabulary of our own (docs/concepts.md, "Needs, not strategies"): universal needs, no person, action or object in them.
  'care.needs.intro':
    'A need is what matters to you underneath a request. Everyone shares these needs, and each can be met in more than one way.',
  'care.needs.category.connection': 'Connection',
  'care.needs.category.autonomy': 'Autonomy',
  'care.needs.category.rest': 'Rest',
  'care.needs.category.security': 'Security',
  'care.needs.category.fairness': 'Fairness',
  'care.needs.category.meaning': 'Meaning',
  'care.needs.category.play': 'Play',
  'care.needs.category.physicalWellbeing': 'Physical wellbeing',
  'care.needs.need.closeness': 'Closeness',
  'care.needs.need.beingHeard': 'Being heard',
  'care.needs.need.affection': 'Affection',
  'care.needs.need.belonging': 'Belonging',
  'care.needs.need.trust': 'Trust',
  'care.needs.need.appreciation': 'Appreciation',
  'care.needs.need.companionship': 'Companionship',
  'care.needs.need.beingUnderstood': 'Being understood',
  'care.needs.need.choice': 'Choice',
  'care.needs.need.privacy': 'Privacy',
  'care.needs.need.independence': 'Independence',
  'care.needs.need.selfExpression': 'Self-expression',
  'care.needs.need.ownPace': 'Going at my own pace',
  'care.needs.need.timeToMyself': 'Time to myself',
  'care.needs.need.sleep': 'Sleep',
  'care.needs.need.quiet': 'Quiet',
  'care.needs.need.downtime': 'Downtime',
  'care.needs.need.recovery': 'Recovery',
  'care.needs.need.ease': 'Ease',
  'care.needs.need.unhurriedTime': 'Unhurried time',
  'care.needs.need.safety': 'Safety',
  'care.needs.need.stability': 'Stability',
  'care.needs.need.predictability': 'Predictability',
  'care.needs.need.dependability': 'Dependability',
  'care.needs.need.reassurance': 'Reassurance',
  'care.needs.need.aSafeHome': 'A safe home base',
  'care.needs.need.balance': 'Balance',
  'care.needs.need.reciprocity': 'Give and take',
  'care.needs.need.sharedLoad': 'A shared load',
  'care.needs.need.equalSay': 'An equal say',
  'care.needs.need.consideration': 'Consideration',
  'care.needs.need.recognition': 'Recognition',
  'care.needs.need.honesty': 'Honesty',
  'care.needs.need.purpose': 'Purpose',
  'care.needs.need.growth': 'Growth',
  'care.needs.need.contribution': 'Contributing',
  'care.needs.need.learning': 'Learning',
  'care.needs.need.livingMyValues': 'Living by my values',
  'care.needs.need.hope': 'Hope',
  'care.needs.need.creativity': 'Creativity',
  'care.needs.need.fun': 'Fun',
  'care.needs.need.humour': 'Humour',
  'care.needs.need.adventure': 'Adventure',
  'care.needs.need.spontaneity': 'Spontaneity',
  'care.needs.need.lightness': 'Lightness',
  'care.needs.need.celebration': 'Celebration',
  'care.needs.need.health': 'Health',
  'care.needs.need.movement': 'Movement',
  'care.needs.need.nourishment': 'Nourishment',
  'care.needs.need.physicalComfort': 'Physical comfort',
  'care.needs.need.touch': 'Touch',
  'care.needs.need.energy': 'Energy',

  // The pause and the flooding break (docs/concepts.md, "Self-compassion and the pause"; "Flooding and the 20-minute break").
  'care.pause.title': 'A pause for you',
  'care.pause.partnerPausing': '{name} is taking a short pause.',
  'care.pause.skip': 'Skip this step',
  'care.pause.resume': 'I am ready to go back',
  'care.break.title': 'Time for a real break',
  'care.break.why':
    'When a talk gets heated, the body can flood: the heart races and it gets hard to listen. Settling takes about twenty minutes, even though five often feels like enough.',
  'care.break.minimum': 'Take at least {minutes} minutes apart before you come back to this.',
  'care.break.ideas':
    'If you can, go to separate rooms and do something soothing: walk, stretch, listen to music. Try not to replay the argument in your head.',
  'care.break.agreeReturn':
    'Agree on when you will both come back: no earlier than {earliest} and no later than {latest}.',
  'care.break.returnAt': 'You agreed to come back at {time}.',
  'care.break.remaining': 'Time left: {minutes} min',
  'care.break.notYet': 'It is a little early. Your body needs the whole break to settle. Time left: {minutes} min.',
  'care.break.needMoreTime':
    'Need longer? Ask for a specific amount of extra time, so the other person knows when to expect you.',
  'care.break.pastMaximum':
    'It has been more than {hours} hours. Check in with each other before you pick this up again.',
  'care.break.welcomeBack': 'Welcome back. Take a moment to notice how you feel before you go on.',
  'care.breathing.intro': 'Let us breathe slowly for a minute.',
  'care.breathing.in': 'Breathe in slowly through your nose.',
  'care.breathing.hold': 'Hold it gently for a moment.',
  'care.breathing.out': 'Breathe out slowly, a little longer than you breathed in.',
  'care.breathing.settle': 'Let your shoulders drop. Feel your feet on the floor.',
} as const;

/** Spanish: the type requires exactly the English keys, so a missing or extra translation fails typecheck. */
export const careEs = {
  'care.screening.title': 'Antes de empezar: una revisión privada',
  'care.screening.intro':
    'Estas preguntas son solo para ti. Tu pareja nunca verá tus respuestas, y nada de lo que escribas aquí sale de este dispositivo.',
  'care.screening.why':
    'Se lo preguntamos a todas las personas. Resolver un desacuerdo en pareja solo ayuda cuando ambos pueden hablar con libertad y sentirse seguros.',
  'care.screening.unsureNote': 'Si tienes dudas, elige "No lo sé". Es una respuesta válida y la tomaremos en serio.',
  'care.screening.answer.no': 'No',
  'care.screening.answer.yes': 'Sí',
  'care.screening.answer.unsure': 'No lo sé',
  'care.screening.afraid.question':
    '¿Alguna vez sientes miedo de tu pareja, o te incomoda estar en la misma habitación cuando no están de acuerdo?',
  'care.screening.afraid.hint': 'Por ejemplo: cuidar lo que dices o haces para que las cosas no empeoren.',
  'care.screening.hurt.question': '¿Alguna vez un desacuerdo entre ustedes llegó a lo físico?',
  'care.screening.hurt.hint': 'Por ejemplo: empujones, jalones, golpes, lanzar cosas o bloquear una puerta.',
  'care.screening.threatened.question':
    '¿Alguna vez tu pareja ha amenazado con hacerte daño a ti, a alguien cercano o a sí misma?',
  'care.screening.threatened.hint':
    'Esto incluye amenazas sobre los hijos, el dinero, tu situación migratoria o contar cosas privadas sobre ti.',
  'care.screening.controlled.question': '¿Tu pareja toma decisiones que te corresponden a ti, o vigila lo que haces?',
  'care.screening.controlled.hint':
    'Por ejemplo: decidir a quién ves o qué te pones, revisar tu teléfono o tus mensajes, rastrear dónde estás.',
  'care.screening.isolated.question':
    '¿Tu pareja te ha dificultado ver a tus amistades o a tu familia, o tener gente propia?',
  'care.screening.isolated.hint':
    'Por ejemplo: hacer que salir sea desagradable, o impedirte usar tu teléfono o tu auto.',
  'care.screening.money.question': '¿Tu pareja te impide tener dinero, usarlo o saber de él, incluido el tuyo?',
  'care.screening.money.hint':
    'Por ejemplo: quedarse con tu sueldo, obligarte a justificar cada compra o impedirte trabajar.',
  'care.screening.speakUp.question':
    'Cuando dices lo que de verdad piensas, o no estás de acuerdo con tu pareja, ¿te preocupa lo que pueda pasar después?',
  'care.screening.speakUp.hint':
    'Por ejemplo: gritos, silencios largos como castigo, amenazas o cosas que terminan rotas.',
  'care.screening.notSafeNow': 'Ahora no es seguro responder',
  'care.screening.notSafeNowHint': 'Esto cierra Common Ground de inmediato y abre una página neutral.',
  'care.screening.recheck.question': 'Desde que empezaron, ¿algo te ha hecho sentir en peligro o con miedo?',
  'care.screening.result.clear': 'Gracias. Puedes continuar. Puedes hacer una pausa o salir en cualquier momento.',
  'care.screening.result.concern':
    'Gracias por responder. Por lo que compartiste, trabajar esto en pareja aquí no es el paso adecuado por ahora. No es un juicio sobre ti y no has hecho nada malo.',

  'care.safety.title': 'Detengamos aquí el trabajo en pareja',
  'care.safety.body':
    'Algo de lo compartido en esta sesión sugiere que resolver esto juntos podría no ser seguro ahora. Tu seguridad importa más que cualquier acuerdo.',
  'care.safety.individualHelp':
    'Hablar a solas con alguien, como una línea de apoyo, un consejero o un médico, puede ayudarte a pensar en lo que sigue.',
  'care.safety.noRecording':
    'Common Ground nunca graba ni transcribe nada, y nada de lo que escribes sale de este dispositivo.',
  'care.safety.quickExit.label': 'Salida rápida',
  'care.safety.quickExit.hint':
    'Sale de inmediato y abre una página neutral. Es posible que el historial del navegador aún muestre este sitio; una ventana privada es más segura.',
  'care.safety.resources.title': 'Ayuda a la que puedes acudir ahora',

  'care.resources.emergency.name': 'Servicios de emergencia locales',
  'care.resources.emergency.description':
    'Si estás en peligro, comunícate ahora con los servicios de emergencia de tu zona. Un servicio local de atención a la violencia doméstica, un médico o alguien de confianza también pueden ayudarte a planear tus próximos pasos.',
  'care.resources.us.emergency.name': 'Servicios de emergencia (911)',
  'care.resources.us.emergency.description': 'Llama al 911 si estás en peligro inmediato.',
  'care.resources.us.hotline.name':
    'National Domestic Violence Hotline (línea nacional de EE. UU. sobre violencia doméstica)',
  'care.resources.us.hotline.description':
    'Apoyo para cualquier persona afectada por abuso en una relación. Cuando te comuniques, primero confirman si es seguro para ti hablar.',
  'care.resources.contact.call': 'Llama al {number}',
  'care.resources.contact.tty': 'TTY: {number}',
  'care.resources.contact.text': 'Envía {keyword} por mensaje de texto al {number}',
  'care.resources.contact.chat': 'Chatea en {site}',

  'care.selfCompassion.title': 'Una pausa de autocompasión',
  'care.selfCompassion.intro':
    'Piensa en la parte de esto que te resulta difícil. Permítete sentirla un poco y nota en qué parte del cuerpo la sientes.',
  'care.selfCompassion.optional': 'Cada paso es opcional. Sáltate lo que no te sirva.',
  'care.selfCompassion.ownWords': 'O escribe las palabras que necesitas escuchar.',
  'care.selfCompassion.mindfulness.title': 'Nótalo',
  'care.selfCompassion.mindfulness.instruction':
    'Nombra lo que está pasando, con suavidad, sin apartarlo ni hacerlo más grande de lo que es.',
  'care.selfCompassion.mindfulness.phrase': 'Esto es difícil en este momento.',
  'care.selfCompassion.mindfulness.alt.hurts': 'Esto duele.',
  'care.selfCompassion.mindfulness.alt.painful': 'Estoy pasando por un momento doloroso.',
  'care.selfCompassion.mindfulness.alt.stressed': 'Ahora mismo siento estrés, y está bien notarlo.',
  'care.selfCompassion.commonHumanity.title': 'No eres la única persona',
  'care.selfCompassion.commonHumanity.instruction':
    'Recuerda que tener dificultades es parte de ser humano, y que mucha gente siente lo mismo que tú.',
  'care.selfCompassion.commonHumanity.phrase': 'Otras personas también sienten esto. No me pasa solo a mí.',
  'care.selfCompassion.commonHumanity.alt.relationships': 'Los momentos difíciles son parte de toda relación cercana.',
  'care.selfCompassion.commonHumanity.alt.stuck': 'Todo el mundo se queda estancado a veces.',
  'care.selfCompassion.commonHumanity.touch':
    'Si te parece bien, apoya una mano en el pecho o donde te reconforte, y nota su calidez.',
  'care.selfCompassion.selfKindness.title': 'Sé amable contigo',
  'care.selfCompassion.selfKindness.instruction':
    'Ofrécete lo que le ofrecerías a una buena amistad en tu lugar. ¿Qué necesitas escuchar ahora?',
  'care.selfCompassion.selfKindness.phrase': 'Que pueda tratarme con suavidad en este momento.',
  'care.selfCompassion.selfKindness.alt.accept': 'Puedo aceptarme tal como soy en este momento.',
  'care.selfCompassion.selfKindness.alt.forgive': 'Puedo perdonarme por esto.',
  'care.selfCompassion.selfKindness.alt.strong': 'Puedo mantenerme firme y con fuerza aquí.',
  'care.selfCompassion.selfKindness.alt.patient': 'Puedo tener paciencia conmigo.',

  'care.prompts.whatDoINeed': '¿Qué necesito en este momento?',
  'care.prompts.whatDoINeed.hint':
    'Hay momentos que piden consuelo y otros que piden defenderte. Ambos son formas de cuidarte, y puedes elegir cualquiera.',
  'care.prompts.mode.tender.label': 'Consuelo',
  'care.prompts.mode.tender.description': 'Estar contigo: consuelo, calma y sentir que te comprenden.',
  'care.prompts.mode.fierce.label': 'Acción',
  'care.prompts.mode.fierce.description': 'Actuar por ti: protegerte, darte lo que necesitas, dar un paso.',
  'care.prompts.permission.tender': 'Está bien ser suave contigo aquí.',
  'care.prompts.permission.fierce': 'Está bien ser firme aquí.',
  'care.prompts.tender.comfort.title': 'Consolar',
  'care.prompts.tender.comfort.text':
    '¿Qué le dirías a alguien que quieres si se sintiera así? Intenta decírtelo a ti.',
  'care.prompts.tender.soothe.title': 'Calmar',
  'care.prompts.tender.soothe.text':
    'Ve más despacio un momento. Suelta el aire lentamente, afloja las manos o apoya una mano donde te reconforte.',
  'care.prompts.tender.validate.title': 'Validar',
  'care.prompts.tender.validate.text':
    'Lo que sientes tiene sentido. Con lo que está pasando, es comprensible sentirse así.',
  'care.prompts.fierce.protect.title': 'Proteger',
  'care.prompts.fierce.protect.text':
    '¿Hay un límite que necesitas poner? Di lo que tú harás o no harás, no un castigo para la otra persona.',
  'care.prompts.fierce.provide.title': 'Proveer',
  'care.prompts.fierce.provide.text': '¿Cuál de tus necesidades todavía no ha tenido espacio? Puedes agregarla ahora.',
  'care.prompts.fierce.motivate.title': 'Impulsar',
  'care.prompts.fierce.motivate.text':
    '¿Cuál es un paso pequeño que podrías dar ahora? Elige uno que puedas empezar pronto.',
  'care.prompts.fierce.needsMatter.title': 'Tus necesidades también importan',
  'care.prompts.fierce.needsMatter.text':
    'Tus necesidades también importan. Si este acuerdo te pide renunciar a algo importante para ti, tienes derecho a decirlo y a buscar otro camino.',
  'care.prompts.listener.distress':
    'Escuchar esto puede despertar sentimientos propios. Nótalos y respira. No tienes que arreglar nada todavía; por ahora, solo escucha.',

  'care.reframes.intro': 'Esta es otra forma de decírtelo. Puedes cambiar las palabras.',
  'care.reframes.sayAloud': 'Intenta decirlo en voz alta, o escríbelo con tus propias palabras.',
  'care.reframes.globalLabel.hurt': 'Insultarme me dice que esto me dolió de verdad.',
  'care.reframes.globalLabel.human': 'Todos nos equivocamos. Un momento no dice todo de mí.',
  'care.reframes.globalLabel.learn': '¿Qué me ayudaría a manejar esto de otra manera la próxima vez?',
  'care.reframes.whatIsWrongWithMe.hurt': 'Me duele y estoy buscando una razón.',
  'care.reframes.whatIsWrongWithMe.human':
    'No hay nada malo en mí por encontrar esto difícil. Mucha gente se queda estancada en momentos así.',
  'care.reframes.whatIsWrongWithMe.learn': '¿Qué necesito ahora para dar el siguiente paso?',
  'care.reframes.alwaysFailing.hurt': 'Siento que esto se repite una y otra vez, y eso duele.',
  'care.reframes.alwaysFailing.human':
    'El "siempre" lo dice mi frustración. Como a cualquiera, hay veces en que esto me salió bien.',
  'care.reframes.alwaysFailing.learn': '¿Qué fue diferente los días en que salió mejor?',
  'care.reframes.allMyFault.hurt': 'Estoy cargando con mucha culpa ahora, y pesa.',
  'care.reframes.allMyFault.human':
    'En un conflicto participan dos personas y muchas circunstancias. Casi nunca es todo de una sola.',
  'care.reframes.allMyFault.learn': '¿Qué parte me toca asumir, y qué puedo hacer con esa parte?',
  'care.reframes.selfContempt.hurt': 'Estoy sintiendo mucho dolor ahora.',
  'care.reframes.selfContempt.human':
    'A mucha gente le surgen sentimientos duros hacia sí misma cuando las cosas salen mal.',
  'care.reframes.selfContempt.learn':
    '¿Qué le diría a una amistad que se sintiera así? Y si este sentimiento sigue siendo fuerte, ¿con quién podría hablar?',
  'care.reframes.general.hurt': 'Eso dolió.',
  'care.reframes.general.human': 'Mucha gente se queda estancada en momentos como este.',
  'care.reframes.general.learn': '¿Qué necesito ahora, y qué puedo aprender de esto?',

  'care.needs.intro':
    'Una necesidad es lo que te importa detrás de una petición. Todas las personas compartimos estas necesidades, y cada una se puede satisfacer de más de una manera.',
  'care.needs.category.connection': 'Conexión',
  'care.needs.category.autonomy': 'Autonomía',
  'care.needs.category.rest': 'Descanso',
  'care.needs.category.security': 'Seguridad',
  'care.needs.category.fairness': 'Equidad',
  'care.needs.category.meaning': 'Sentido',
  'care.needs.category.play': 'Juego',
  'care.needs.category.physicalWellbeing': 'Bienestar físico',
  'care.needs.need.closeness': 'Cercanía',
  'care.needs.need.beingHeard': 'Que me escuchen',
  'care.needs.need.affection': 'Cariño',
  'care.needs.need.belonging': 'Pertenencia',
  'care.needs.need.trust': 'Confianza',
  'care.needs.need.appreciation': 'Aprecio',
  'care.needs.need.companionship': 'Compañía',
  'care.needs.need.beingUnderstood': 'Que me comprendan',
  'care.needs.need.choice': 'Poder elegir',
  'care.needs.need.privacy': 'Privacidad',
  'care.needs.need.independence': 'Independencia',
  'care.needs.need.selfExpression': 'Expresarme',
  'care.needs.need.ownPace': 'Ir a mi propio ritmo',
  'care.needs.need.timeToMyself': 'Tiempo para mí',
  'care.needs.need.sleep': 'Sueño',
  'care.needs.need.quiet': 'Silencio',
  'care.needs.need.downtime': 'Tiempo libre',
  'care.needs.need.recovery': 'Recuperación',
  'care.needs.need.ease': 'Tranquilidad',
  'care.needs.need.unhurriedTime': 'Tiempo sin prisas',
  'care.needs.need.safety': 'Estar a salvo',
  'care.needs.need.stability': 'Estabilidad',
  'care.needs.need.predictability': 'Previsibilidad',
  'care.needs.need.dependability': 'Poder contar con algo',
  'care.needs.need.reassurance': 'Respaldo',
  'care.needs.need.aSafeHome': 'Un hogar seguro',
  'care.needs.need.balance': 'Equilibrio',
  'care.needs.need.reciprocity': 'Dar y recibir',
  'care.needs.need.sharedLoad': 'Compartir la carga',
  'care.needs.need.equalSay': 'Tener la misma voz',
  'care.needs.need.consideration': 'Consideración',
  'care.needs.need.recognition': 'Reconocimiento',
  'care.needs.need.honesty': 'Honestidad',
  'care.needs.need.purpose': 'Propósito',
  'care.needs.need.growth': 'Crecimiento',
  'care.needs.need.contribution': 'Aportar',
  'care.needs.need.learning': 'Aprender',
  'care.needs.need.livingMyValues': 'Vivir según mis valores',
  'care.needs.need.hope': 'Esperanza',
  'care.needs.need.creativity': 'Creatividad',
  'care.needs.need.fun': 'Diversión',
  'care.needs.need.humour': 'Humor',
  'care.needs.need.adventure': 'Aventura',
  'care.needs.need.spontaneity': 'Espontaneidad',
  'care.needs.need.lightness': 'Ligereza',
  'care.needs.need.celebration': 'Celebrar',
  'care.needs.need.health': 'Salud',
  'care.needs.need.movement': 'Movimiento',
  'care.needs.need.nourishment': 'Alimentación',
  'care.needs.need.physicalComfort': 'Comodidad física',
  'care.needs.need.touch': 'Contacto físico',
  'care.needs.need.energy': 'Energía',

  'care.pause.title': 'Una pausa para ti',
  'care.pause.partnerPausing': '{name} está tomando una pausa breve.',
  'care.pause.skip': 'Saltar este paso',
  'care.pause.resume': 'Ya puedo volver',
  'care.break.title': 'Es momento de un descanso de verdad',
  'care.break.why':
    'Cuando una conversación se acalora, el cuerpo puede desbordarse: el corazón se acelera y cuesta escuchar. Calmarse toma unos veinte minutos, aunque cinco suelan parecer suficientes.',
  'care.break.minimum': 'Tómense al menos {minutes} minutos por separado antes de volver a esto.',
  'care.break.ideas':
    'Si pueden, vayan a habitaciones distintas y hagan algo que los calme: caminar, estirarse, escuchar música. Intenten no repetir la discusión en su cabeza.',
  'care.break.agreeReturn': 'Acuerden cuándo volverán: no antes de {earliest} ni después de {latest}.',
  'care.break.returnAt': 'Acordaron volver a las {time}.',
  'care.break.remaining': 'Tiempo restante: {minutes} min',
  'care.break.notYet':
    'Todavía es un poco pronto. Tu cuerpo necesita el descanso completo para calmarse. Tiempo restante: {minutes} min.',
  'care.break.needMoreTime':
    '¿Necesitas más tiempo? Pide una cantidad concreta, para que la otra persona sepa cuándo esperarte.',
  'care.break.pastMaximum':
    'Han pasado más de {hours} horas. Conversen un momento sobre cómo están antes de retomar esto.',
  'care.break.welcomeBack': 'Hola de nuevo. Tómense un momento para notar cómo se sienten antes de seguir.',
  'care.breathing.intro': 'Respiremos despacio durante un minuto.',
  'care.breathing.in': 'Inhala lentamente por la nariz.',
  'care.breathing.hold': 'Sostén el aire suavemente un momento.',
  'care.breathing.out': 'Exhala despacio, un poco más de lo que inhalaste.',
  'care.breathing.settle': 'Deja caer los hombros. Siente tus pies en el suelo.',
} satisfies Record<keyof typeof careEn, string>;

/** A message id from the care catalog: the screen, the Self-Compassion Break, prompts, reframes, needs, breaks, resources. */
export type CareMessageId = keyof typeof careEn;
