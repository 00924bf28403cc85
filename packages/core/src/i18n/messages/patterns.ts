// Patterns messages. Data only: this file imports nothing, so every layer may use its ids.
// Placeholders are written {name} and filled from a message's params.
// Every text describes words or steps and invites a choice; none labels the person (grounding §1.7, §3.2).

export const patternsEn = {
  // Language: self-subordination (grounding §1.4, §3.1).
  'patterns.subordination.deferring':
    'These words hand the choice to your partner. That can be generous, and it can also mean your own wishes are stepping aside. If your needs counted just as much, what would you choose?',
  'patterns.subordination.ownNeedsAside':
    'These words can sound like your own needs are stepping aside. They belong in this conversation as much as your partner’s do. What do you need here?',
  'patterns.subordination.givingUp':
    'These words can sound like stepping back from the conversation. Are you tired, or is something of yours not being heard? A pause is always an option.',
  // Language: "my way or else" (grounding §1.17, §3.1).
  'patterns.myWayOrElse.closing':
    'These words can close the conversation before both of you have been heard. A firm need is welcome here: could you say what you need, and leave the door open to talk about how?',
  'patterns.myWayOrElse.ultimatum':
    'These words can read as a penalty if your partner does not go along. A boundary says what you will do to look after yourself; an ultimatum pushes the other person. Could you put it as a need or a boundary?',
  'patterns.myWayOrElse.demand':
    'These words can sound like an order more than a request. What do you need, and would you be willing to ask for it?',
  // Language: self-criticism (grounding §1.1, §1.7).
  'patterns.selfCriticism.label':
    'These words put a harsh label on yourself. Would you say them to a friend who was in your place? A hard moment does not define who you are.',
  'patterns.selfCriticism.blame':
    'These words take all of the blame at once. Everyone gets things wrong sometimes, and most conflicts have more than one cause. What part is really yours, and what would help now?',
  'patterns.selfCriticism.harsh':
    'These words are very hard on yourself. It makes sense that this hurts. Would a short pause to be kind to yourself help before you go on?',
  // Language: threats and coercion (grounding §2.2). These accompany the safety stop.
  'patterns.threat.general':
    'These words mention harm or pressure. Your safety matters more than any compromise, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.harm':
    'These words speak of someone getting hurt. Safety comes before any compromise, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.violence':
    'These words describe someone being physically hurt. No one deserves that, and it is not something to compromise on. The shared steps stop here; the next screen lists help you can contact privately.',
  'patterns.threat.selfHarm':
    'These words speak of hurting yourself or not wanting to live. You deserve support right now. The shared steps stop here; please reach out to someone on the next screen or to local emergency services.',
  'patterns.threat.children':
    'These words use the children as pressure. Decisions about children need safety and support, not threats, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.money':
    'These words use money or a home as pressure. Control over money can be a form of coercion, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.immigration':
    'These words use immigration status as pressure. That is a form of coercion, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.exposure':
    'These words threaten to expose private things about someone. That is a form of coercion, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.surveillance':
    'These words describe watching, tracking or cutting someone off from others. That can be a form of control, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.intimidation':
    'These words can read as a warning of something bad to come. Safety comes before any compromise, so the shared steps stop here. The next screen lists help you can contact privately.',
  'patterns.threat.fear':
    'These words speak of fear of someone close to you. Feeling safe comes first, so the shared steps stop here. The next screen lists help you can contact privately.',
  // Need labels that read as a strategy or a demand (grounding §1.16). A hint, never a block.
  'patterns.needHint.demand':
    'This reads like something you would like your partner to do. That is a fine request to make later. What need is underneath it, for example closeness, rest or being able to rely on each other?',
  'patterns.needHint.strategy':
    'This reads like one particular way to meet a need. What need would it meet? Naming the need leaves room for more than one way to meet it.',
  // Flooding at the check-in (grounding §1.8).
  'patterns.flooding.heartRate':
    'Your heart rate is {heartRate} beats a minute, at or above {limit}. Hard talks can flood the body, and it is hard to listen while flooded. A break of at least 20 minutes helps you both come back calmer.',
  'patterns.flooding.heartRateOverResting':
    'Your heart rate is {heartRate} beats a minute, {percent}% or more above your resting rate of {restingHeartRate}. Hard talks can flood the body. A break of at least 20 minutes helps you both come back calmer.',
  'patterns.flooding.distress':
    'You rated your distress {distress} out of 10. That is a lot to carry into a hard talk. A break of at least 20 minutes, doing something soothing, helps you both come back calmer.',
  // Outcome and authenticity (grounding §1.4, §1.11, §1.12).
  'patterns.outcome.oneSided':
    'This option asks a lot more of you than of your partner. Agreeing is your choice; take a moment to check it is one you can stand behind.',
  'patterns.outcome.coreUnmet':
    'This option leaves {count} of your core needs unmet, while all of your partner’s are met. A good agreement honours the things neither of you can give up.',
  'patterns.authenticity.low':
    'You rated how much this agreement feels like your own choice at {score} out of 5. Your needs matter too. What would make it feel more like yours?',
  // Process (grounding §1.4, §1.11, §1.17).
  'patterns.process.noCoreNeeds':
    'You have not marked any need as core, while your partner marked {otherCount}. Is there anything you could not do without? It is fine to name it.',
  'patterns.process.weightsLowered':
    'Some of your needs carry less weight than before you saw your partner’s. That can be a real change of mind, or your own needs quietly stepping back. Which is it for you?',
  'patterns.process.ratingsLowered':
    'Some of your ratings went down after you saw your partner’s. If your view changed, that is fine. If you lowered them to make room, your honest ratings help find an answer that is fair to you both.',
  'patterns.process.needsWithdrawn':
    'You removed {removed} of your {before} needs after seeing your partner’s. Do they still matter to you? You can add them back at any time.',
  'patterns.process.allCore':
    'All {count} of your needs are marked core. Core needs are the few things you cannot give up; keeping some of them flexible leaves room for options that work for both of you.',
  'patterns.process.optionsVetoed':
    'Your ratings rule out all {count} options your partner suggested. Is there a part of any of them you could live with, or another idea that honours both of your core needs?',
  'patterns.process.compromisesRejected':
    'You have said no to {count} compromises so far. That may be right for you. It can help to say what would need to change for you to say yes.',
} as const;

/** Spanish: the type requires exactly the English keys, so a missing or extra translation fails typecheck. */
export const patternsEs = {
  'patterns.subordination.deferring':
    'Estas palabras le dejan la decisión a tu pareja. Puede ser un gesto generoso, y también puede significar que tus propios deseos se están haciendo a un lado. Si tus necesidades contaran lo mismo, ¿qué elegirías?',
  'patterns.subordination.ownNeedsAside':
    'Estas palabras pueden sonar como si tus propias necesidades se hicieran a un lado. Tienen tanto lugar en esta conversación como las de tu pareja. ¿Qué necesitas tú aquí?',
  'patterns.subordination.givingUp':
    'Estas palabras pueden sonar como alejarte de la conversación. ¿Te sientes sin energía, o hay algo tuyo que no se está escuchando? Siempre puedes hacer una pausa.',
  'patterns.myWayOrElse.closing':
    'Estas palabras pueden cerrar la conversación antes de que los dos se hayan escuchado. Una necesidad firme es bienvenida: ¿podrías decir qué necesitas y dejar abierta la charla sobre cómo lograrlo?',
  'patterns.myWayOrElse.ultimatum':
    'Estas palabras pueden leerse como un castigo si tu pareja no acepta. Un límite dice lo que tú harás para cuidarte; un ultimátum presiona a la otra persona. ¿Podrías decirlo como una necesidad o un límite?',
  'patterns.myWayOrElse.demand':
    'Estas palabras pueden sonar más a una orden que a un pedido. ¿Qué necesitas y te animarías a pedirlo?',
  'patterns.selfCriticism.label':
    'Estas palabras te ponen una etiqueta muy dura. ¿Se las dirías a una amistad que estuviera en tu lugar? Un momento difícil no define quién eres.',
  'patterns.selfCriticism.blame':
    'Estas palabras cargan con toda la culpa de una vez. Todo el mundo se equivoca a veces, y la mayoría de los conflictos tienen más de una causa. ¿Qué parte es de verdad tuya y qué te ayudaría ahora?',
  'patterns.selfCriticism.harsh':
    'Estas palabras son muy duras contigo. Tiene sentido que esto duela. ¿Te ayudaría una pausa corta para tratarte con amabilidad antes de seguir?',
  'patterns.threat.general':
    'Estas palabras mencionan daño o presión. Tu seguridad importa más que cualquier acuerdo, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.harm':
    'Estas palabras hablan de que alguien salga lastimado. La seguridad va antes que cualquier acuerdo, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.violence':
    'Estas palabras describen que alguien es lastimado físicamente. Nadie merece eso, y no es algo que se negocie. Los pasos en común se detienen aquí; en la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.selfHarm':
    'Estas palabras hablan de hacerte daño o de no querer vivir. Mereces apoyo ahora mismo. Los pasos en común se detienen aquí; por favor, comunícate con alguien de la siguiente pantalla o con los servicios de emergencia de tu zona.',
  'patterns.threat.children':
    'Estas palabras usan a los hijos como presión. Las decisiones sobre los hijos necesitan seguridad y apoyo, no amenazas, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.money':
    'Estas palabras usan el dinero o la vivienda como presión. Controlar el dinero puede ser una forma de coerción, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.immigration':
    'Estas palabras usan la situación migratoria como presión. Eso es una forma de coerción, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.exposure':
    'Estas palabras amenazan con exponer cosas privadas de alguien. Eso es una forma de coerción, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.surveillance':
    'Estas palabras describen vigilar, rastrear o aislar a alguien de los demás. Eso puede ser una forma de control, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.intimidation':
    'Estas palabras pueden leerse como el aviso de algo malo por venir. La seguridad va antes que cualquier acuerdo, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.threat.fear':
    'Estas palabras hablan de miedo a alguien cercano. Sentirte a salvo es lo primero, así que los pasos en común se detienen aquí. En la siguiente pantalla hay ayuda que puedes contactar en privado.',
  'patterns.needHint.demand':
    'Esto suena a algo que te gustaría que hiciera tu pareja. Es un buen pedido para más adelante. ¿Qué necesidad hay detrás? Por ejemplo, cercanía, descanso o poder contar el uno con el otro.',
  'patterns.needHint.strategy':
    'Esto suena a una forma concreta de cubrir una necesidad. ¿Qué necesidad cubriría? Nombrar la necesidad deja espacio para más de una manera de cubrirla.',
  'patterns.flooding.heartRate':
    'Tu ritmo cardíaco es de {heartRate} latidos por minuto, igual o mayor que {limit}. Las conversaciones difíciles pueden desbordar el cuerpo, y así cuesta escuchar. Una pausa de al menos 20 minutos les ayuda a volver con más calma.',
  'patterns.flooding.heartRateOverResting':
    'Tu ritmo cardíaco es de {heartRate} latidos por minuto, un {percent}% o más por encima de tu ritmo en reposo de {restingHeartRate}. Las conversaciones difíciles pueden desbordar el cuerpo. Una pausa de al menos 20 minutos les ayuda a volver con más calma.',
  'patterns.flooding.distress':
    'Calificaste tu malestar con {distress} de 10. Es mucho para llevar a una conversación difícil. Una pausa de al menos 20 minutos, haciendo algo que te calme, les ayuda a volver con más calma.',
  'patterns.outcome.oneSided':
    'Esta opción te pide mucho más a ti que a tu pareja. Aceptarla es tu decisión; tómate un momento para confirmar que es una que puedes sostener.',
  'patterns.outcome.coreUnmet':
    'Esta opción deja sin cubrir {count} de tus necesidades esenciales, mientras que todas las de tu pareja quedan cubiertas. Un buen acuerdo respeta lo que ninguno de los dos puede ceder.',
  'patterns.authenticity.low':
    'Calificaste con {score} de 5 cuánto sientes este acuerdo como una decisión propia. Tus necesidades también importan. ¿Qué haría que lo sintieras más tuyo?',
  'patterns.process.noCoreNeeds':
    'No marcaste ninguna necesidad como esencial, y tu pareja marcó {otherCount}. ¿Hay algo de lo que no podrías prescindir? Está bien nombrarlo.',
  'patterns.process.weightsLowered':
    'Algunas de tus necesidades tienen menos peso que antes de ver las de tu pareja. Puede ser un cambio de opinión real, o tus propias necesidades haciéndose a un lado en silencio. ¿Cuál es tu caso?',
  'patterns.process.ratingsLowered':
    'Algunas de tus calificaciones bajaron después de ver las de tu pareja. Si cambió tu forma de verlo, está bien. Si las bajaste para dejar espacio, tus calificaciones sinceras ayudan a encontrar una respuesta justa para los dos.',
  'patterns.process.needsWithdrawn':
    'Quitaste {removed} de tus {before} necesidades después de ver las de tu pareja. ¿Siguen siendo importantes para ti? Puedes volver a agregarlas cuando quieras.',
  'patterns.process.allCore':
    'Tus {count} necesidades están marcadas como esenciales. Las esenciales son las pocas cosas a las que no puedes renunciar; dejar algunas como flexibles abre espacio a opciones que funcionen para los dos.',
  'patterns.process.optionsVetoed':
    'Tus calificaciones descartan las {count} opciones que propuso tu pareja. ¿Hay alguna parte de ellas con la que podrías vivir, u otra idea que respete las necesidades esenciales de los dos?',
  'patterns.process.compromisesRejected':
    'Hasta ahora dijiste que no a {count} propuestas de acuerdo. Puede que sea lo correcto para ti. Puede ayudar decir qué tendría que cambiar para que pudieras decir que sí.',
} satisfies Record<keyof typeof patternsEn, string>;
