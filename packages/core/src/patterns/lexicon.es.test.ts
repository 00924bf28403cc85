import { describe, expect, it } from 'vitest';
import { detectLanguagePatterns } from './detectLanguagePatterns.js';
import { spanishLexicon } from './lexicon.es.js';
import { needHint } from './needHint.js';
import type { LanguageFamily } from './patternLexicon.js';

function found(text: string, family: LanguageFamily): string[] {
  return detectLanguagePatterns(text, { lexicons: [spanishLexicon], families: [family] }).map((hit) => hit.rule);
}

const tables: Record<LanguageFamily, { flag: readonly string[]; pass: readonly string[] }> = {
  subordination: {
    flag: [
      'Lo que tú quieras.',
      'Como quieras.',
      'lo q tu digas',
      'Tú decides.',
      'Decide tú.',
      'Lo hacemos a tu manera.',
      'Mientras tú estés feliz.',
      'Mis necesidades no importan.',
      'Lo que yo quiero no importa.',
      'No importa lo que yo quiera.',
      'No te preocupes por mí.',
      'Bueno, me rindo.',
      'Olvídalo.',
      'Da igual.',
    ],
    pass: [
      'No digo lo que tú quieras.',
      'Él dijo: «como quieras».',
      'Mis necesidades importan.',
      '¿Qué quieres cenar?',
      'Me da igual el color del mantel.',
      'No me rindo nunca.',
      'Decidimos juntos.',
      'Quiero que los dos estemos bien.',
    ],
  },
  myWayOrElse: {
    flag: [
      'Lo tomas o lo dejas.',
      'Esto no es negociable.',
      'Porque lo digo yo.',
      'Es mi última palabra.',
      'Punto final.',
      'Te guste o no, nos mudamos.',
      'Hazlo, o si no...',
      'Si no vienes esta noche, te dejo.',
      'Es tu última oportunidad.',
      'Se hace lo que yo digo.',
      'Es ella o yo.',
    ],
    pass: [
      'Para mí el descanso no es negociable.',
      'Mi salud no es negociable.',
      'Él dijo: lo tomas o lo dejas.',
      'Si no llueve, vamos a la playa.',
      '¿Té o si no café?',
      'Es la última oportunidad para comprar boletos.',
      'Si te pones a gritar, salgo a caminar un rato.',
      'Hablemos con calma.',
    ],
  },
  selfCriticism: {
    flag: [
      'Soy una idiota.',
      'Soy un fracaso.',
      'Qué tonta soy.',
      'Me siento una inútil.',
      'No sirvo para nada.',
      'Todo es mi culpa.',
      'Siempre lo arruino.',
      'Me odio.',
      '¿Qué demonios me pasa?',
      'Soy tan estúpido.',
    ],
    pass: [
      'Eres un idiota.',
      'No soy tonta.',
      'Él dice que soy un fracaso.',
      'No es mi culpa.',
      'Es mi culpa, perdón.',
      'Odio el tráfico.',
      'Soy muy feliz.',
      'Me equivoqué con la hora.',
    ],
  },
  threat: {
    flag: [
      'Te voy a matar.',
      'Voy a matarte.',
      'Te vas a arrepentir.',
      'Me las vas a pagar.',
      'Me voy a matar si te vas.',
      'Ya no quiero vivir.',
      'No vas a volver a ver a los niños.',
      'Me llevo a los niños.',
      'Te voy a dejar sin nada.',
      'Voy a llamar a inmigración.',
      'Te van a deportar.',
      'Voy a publicar tus fotos íntimas.',
      'Sé dónde vives.',
      'Él revisa mi celular.',
      'Me pegó anoche.',
      'Le tengo miedo.',
      'Tengo miedo de mi esposo.',
      'No me siento segura en casa.',
      'Me amenazó.',
      'Él dijo: «te vas a arrepentir».',
    ],
    pass: [
      'Me muero de risa.',
      'Este tráfico me mata.',
      'No sé dónde estás, llámame.',
      'Los niños necesitan zapatos.',
      'Voy a llamar a mi mamá.',
      'Tengo miedo a las arañas.',
      'Te voy a extrañar.',
      'No te voy a lastimar.',
      'No me voy a rendir.',
      'Vamos a llevar a los niños al parque.',
    ],
  },
};

describe('spanishLexicon', () => {
  for (const family of ['subordination', 'myWayOrElse', 'selfCriticism', 'threat'] as const) {
    describe(family, () => {
      it.each(tables[family].flag)('should flag %j', (text) => {
        expect(found(text, family)).not.toEqual([]);
      });
      it.each(tables[family].pass)('should not flag %j', (text) => {
        expect(found(text, family)).toEqual([]);
      });
    });
  }

  it('should keep a quoted Spanish threat as reported words', () => {
    const [hit] = detectLanguagePatterns('Él dijo: «te vas a arrepentir».', {
      lexicons: [spanishLexicon],
      families: ['threat'],
    });
    expect(hit?.voice).toBe('reported');
  });

  it('should be checked by default, so a Spanish threat flags without naming a lexicon', () => {
    expect(detectLanguagePatterns('te voy a matar').map((hit) => hit.family)).toEqual(['threat']);
  });

  it.each([
    ['Necesito que me llames todos los días', 'patterns.needHint.demand'],
    ['Tienes que escucharme', 'patterns.needHint.demand'],
    ['Deja de gritar', 'patterns.needHint.demand'],
    ['Cenar juntos cada viernes', 'patterns.needHint.strategy'],
    ['Un carro nuevo', 'patterns.needHint.strategy'],
    ['Sentirme escuchada', null],
    ['Descanso', null],
    ['Tranquilidad en casa', null],
  ] as const)('should give the need %j the hint %j', (label, expected) => {
    expect(needHint(label, { lexicons: [spanishLexicon] })).toBe(expected);
  });
});
