// Fairness messages. Data only: this file imports nothing, so every layer may use its ids.
// Placeholders are written {name} and filled from a message's params.
//
// Conventions for these params:
// - `partner` is the partner id, 'a' or 'b'. A UI replaces it with that partner's name (or "you") before formatting;
//   the library never knows names. Texts describe options, never people.
// - `option`, `first`, `second` are option labels as typed; `optionId`, `firstId`, `secondId` their ids.
// - `need` is a need's label, `needId` its id; `rating`, `minimum` are on the 0-10 scale.
// - `percent`, `firstPercent`, `secondPercent`, `threshold` are whole percentages; `count` is a whole number.

/** English texts of the fairness engine: option classes, their reasons, the suggestion and the take-turns plan. */
export const fairnessEn = {
  'fairness.class.blocked': 'Blocked',
  'fairness.class.oneSided': 'One-sided',
  'fairness.class.compromise': 'Compromise',
  'fairness.class.winWin': 'Win-win',

  'fairness.why.statusQuo':
    'This option is the status quo: things as they are now. Every other option is measured against it.',
  'fairness.why.blocked': 'This option leaves a core need of each of you unmet, so it is set aside.',
  'fairness.why.oneSided':
    'This option is one-sided: it sets a core need aside, or leaves one of you worse off than now.',
  'fairness.why.compromise':
    'This option is a compromise: it leaves neither of you worse off than now, and brings at least one of you less than {threshold}% of the improvement that was possible.',
  'fairness.why.winWin':
    'This option is a win-win: it brings each of you at least {threshold}% of the improvement that was possible.',
  'fairness.why.coreUnmet':
    "This option leaves {partner}'s core need “{need}” unmet: it is rated {rating}, and the minimum is {minimum}.",
  'fairness.why.worseOff': 'This option leaves {partner} worse off than the status quo.',
  'fairness.why.share':
    'This option brings {partner} {percent}% of the improvement over the status quo that was possible.',
  'fairness.why.nothingToGain':
    "The status quo already fully meets {partner}'s needs, so there was nothing more to gain.",
  'fairness.why.dominated':
    '“{option}” meets every core need and is at least as good as this option for both of you, and better for one of you.',

  'fairness.recommendation.option':
    '“{option}” is the suggestion. Among the options that meet every core need and leave both of you better off than now, it balances your gains best: the product of your two gains is largest.',
  'fairness.recommendation.tie':
    '{count} options give exactly this balance; “{option}” is shown because its id comes first, so choosing between them is up to you.',
  'fairness.recommendation.costNotMonotone':
    'Good to know: when new options are added, the suggestion can move so that one of you gets a little less, even if the new options take nothing away from that partner.',
  'fairness.recommendation.costSaturation':
    'Good to know: this way of balancing gives a smaller share to a partner whose needs are met more easily. Here it brings {partner} {percent}% of what was possible, the smaller of your two shares. It may help to check together whether that feels fair.',
  'fairness.recommendation.noMutualGain':
    'No option that meets every core need leaves both of you better off than now. The options that cannot be improved for one of you without a cost to the other are a good place to keep talking, or to look for new ideas together.',
  'fairness.recommendation.noFeasible':
    'Every option leaves at least one core need unmet, so none can be suggested yet. New ideas that protect these needs are worth looking for together.',

  'fairness.takeTurns.plan':
    'Taking turns can do better for both of you: “{first}” about {firstPercent}% of the time and “{second}” about {secondPercent}% of the time.',
  'fairness.takeTurns.share':
    'Over time, taking turns brings {partner} about {percent}% of the improvement over the status quo that was possible.',
  'fairness.takeTurns.repeatable':
    'This works only for a choice you make again and again, such as weekends or chores, and only if the turns really happen.',
  'fairness.takeTurns.worseAlone':
    'On its own, “{option}” leaves {partner} worse off than the status quo; the plan is fair only as a whole.',
} as const;

/** Spanish: the type requires exactly the English keys, so a missing or extra translation fails typecheck. */
export const fairnessEs = {
  'fairness.class.blocked': 'Bloqueada',
  'fairness.class.oneSided': 'Unilateral',
  'fairness.class.compromise': 'Punto medio',
  'fairness.class.winWin': 'Ganar-ganar',

  'fairness.why.statusQuo':
    'Esta opción es la situación actual: las cosas como están ahora. Las demás opciones se comparan con ella.',
  'fairness.why.blocked':
    'Esta opción deja sin cubrir una necesidad central de cada uno de ustedes, así que queda descartada.',
  'fairness.why.oneSided':
    'Esta opción es unilateral: deja de lado una necesidad central, o deja a uno de ustedes peor que ahora.',
  'fairness.why.compromise':
    'Esta opción es un punto medio: ninguno de ustedes queda peor que ahora, y al menos uno recibe menos del {threshold}% de la mejora que era posible.',
  'fairness.why.winWin':
    'Esta opción es ganar-ganar: le da a cada uno de ustedes al menos el {threshold}% de la mejora que era posible.',
  'fairness.why.coreUnmet':
    'Esta opción deja sin cubrir la necesidad central “{need}” de {partner}: tiene una calificación de {rating} y el mínimo es {minimum}.',
  'fairness.why.worseOff': 'Esta opción deja a {partner} peor que en la situación actual.',
  'fairness.why.share':
    'Esta opción le da a {partner} el {percent}% de la mejora posible respecto a la situación actual.',
  'fairness.why.nothingToGain':
    'La situación actual ya cubre por completo las necesidades de {partner}, así que no había nada más que ganar.',
  'fairness.why.dominated':
    '“{option}” cubre todas las necesidades centrales y es al menos igual de buena que esta opción para ambos, y mejor para uno de ustedes.',

  'fairness.recommendation.option':
    'La sugerencia es “{option}”. Entre las opciones que cubren todas las necesidades centrales y dejan a ambos mejor que ahora, es la que mejor equilibra lo que gana cada uno: el producto de sus dos ganancias es el mayor.',
  'fairness.recommendation.tie':
    '{count} opciones logran exactamente este equilibrio; se muestra “{option}” porque su identificador va primero, así que elegir entre ellas les toca a ustedes.',
  'fairness.recommendation.costNotMonotone':
    'Conviene saber: al agregar opciones nuevas, la sugerencia puede cambiar de modo que uno de ustedes reciba un poco menos, aunque las opciones nuevas no le quiten nada.',
  'fairness.recommendation.costSaturation':
    'Conviene saber: esta forma de equilibrar da una parte menor a quien tiene necesidades que se cubren con más facilidad. Aquí le da a {partner} el {percent}% de lo que era posible, la menor de sus dos partes. Puede ayudar revisar juntos si eso les parece justo.',
  'fairness.recommendation.noMutualGain':
    'Ninguna opción que cubra todas las necesidades centrales deja a ambos mejor que ahora. Las opciones que no se pueden mejorar para uno sin un costo para el otro son un buen punto para seguir conversando, o para buscar juntos ideas nuevas.',
  'fairness.recommendation.noFeasible':
    'Todas las opciones dejan sin cubrir al menos una necesidad central, así que todavía no se puede sugerir ninguna. Vale la pena buscar juntos ideas nuevas que protejan esas necesidades.',

  'fairness.takeTurns.plan':
    'Turnarse puede funcionar mejor para ambos: “{first}” cerca del {firstPercent}% de las veces y “{second}” cerca del {secondPercent}% de las veces.',
  'fairness.takeTurns.share':
    'Con el tiempo, turnarse le da a {partner} cerca del {percent}% de la mejora posible respecto a la situación actual.',
  'fairness.takeTurns.repeatable':
    'Esto solo funciona para una decisión que toman una y otra vez, como los fines de semana o las tareas de la casa, y solo si los turnos de verdad se cumplen.',
  'fairness.takeTurns.worseAlone':
    'Por sí sola, “{option}” deja a {partner} peor que en la situación actual; el plan es justo solo en su conjunto.',
} satisfies Record<keyof typeof fairnessEn, string>;
