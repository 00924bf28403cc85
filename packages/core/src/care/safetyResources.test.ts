import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Catalog, en, es, formatMessage } from '../i18n/index.js';
import { isZodFallback, pathsIn, schemaProblems, withValueAt } from '../testing/inputIssues.js';
import {
  CRISIS_RESOURCES,
  type CrisisResource,
  CrisisResourceSchema,
  EMERGENCY_FALLBACK,
  resourcesFor,
} from './safetyResources.js';

const allResources: CrisisResource[] = [EMERGENCY_FALLBACK, ...Object.values(CRISIS_RESOURCES).flat()];

describe('CRISIS_RESOURCES', () => {
  it('should hold every resource to the schema, with a source and a review date', () => {
    for (const resource of allResources) expect(CrisisResourceSchema.safeParse(resource).error).toBeUndefined();
  });

  it('should have every name, description and contact label in both languages', () => {
    for (const resource of allResources) {
      for (const id of [resource.name, resource.description, ...resource.contacts.map((contact) => contact.label.id)]) {
        expect(en[id].trim()).not.toBe('');
        expect(es[id].trim()).not.toBe('');
      }
    }
  });

  it('should show the US hotline numbers recorded in the research notes, whatever the language', () => {
    const labels = (catalog: Catalog) =>
      resourcesFor('en-US').flatMap((resource) =>
        resource.contacts.map((contact) => formatMessage(contact.label, catalog)),
      );
    for (const catalog of [en, es]) {
      const text = labels(catalog).join(' | ');
      for (const fact of ['911', '800-799-SAFE (7233)', '800-787-3224', 'START', '88788', 'thehotline.org']) {
        expect(text).toContain(fact);
      }
    }
  });

  it('should not let a caller empty or change the shipped lists', () => {
    const list = resourcesFor('en-US') as CrisisResource[];
    expect(() => list.splice(0)).toThrow(TypeError);
    expect(() => {
      (EMERGENCY_FALLBACK as { name: string }).name = 'care.resources.other';
    }).toThrow(TypeError);
    expect(resourcesFor('en-US').length).toBeGreaterThan(0);
  });

  it('should name parts of the wrong type in plain words', () => {
    const resource = { ...EMERGENCY_FALLBACK, name: 3, contacts: [{ kind: 'call', label: 'Call', href: 'tel:911' }] };
    expect(schemaProblems(CrisisResourceSchema, resource)).toEqual([
      'name: must be a care.resources message id',
      'contacts[0].label: must be a message, as { id, params }',
    ]);
  });

  test.prop([fc.constantFrom(...allResources), fc.anything()])(
    'should describe any damage to a resource in our own words, never with zod’s bare fallback',
    (resource, junk) => {
      for (const path of pathsIn(resource))
        for (const problem of schemaProblems(CrisisResourceSchema, withValueAt(resource, path, junk)))
          expect(isZodFallback(problem), problem).toBe(false);
    },
  );
});

describe('resourcesFor', () => {
  it.each(['en-US', 'es-US', 'en_us', ' es-us ', 'en-Latn-US', 'fr-US'])(
    'should give %s the US resources',
    (locale) => {
      expect(resourcesFor(locale).map((resource) => resource.id)).toEqual(['us.emergency', 'us.hotline']);
    },
  );

  it.each(['en', 'es', 'es-MX', 'es-ES', 'es-419', 'en-GB', 'de-DE', '', 'not a locale', '💥'])(
    'should give %s the emergency-services fallback',
    (locale) => {
      expect(resourcesFor(locale)).toEqual([EMERGENCY_FALLBACK]);
    },
  );

  it('should not read inherited properties as regions', () => {
    expect(resourcesFor('en-constructor')).toEqual([EMERGENCY_FALLBACK]);
  });

  test.prop([fc.string()])('should never return an empty list for any string', (locale) => {
    expect(resourcesFor(locale).length).toBeGreaterThan(0);
  });

  test.prop([fc.constantFrom('en', 'es', 'fr', 'zh'), fc.stringMatching(/^[A-Za-z]{2}$/)])(
    'should return the fallback exactly when the region has no verified resources',
    (language, region) => {
      const result = resourcesFor(`${language}-${region}`);
      const known = Object.hasOwn(CRISIS_RESOURCES, region.toUpperCase());
      expect(result.length).toBeGreaterThan(0);
      expect(result.includes(EMERGENCY_FALLBACK)).toBe(!known);
    },
  );

  test.prop([fc.anything()])(
    'should return the fallback instead of throwing for a value that is not a string',
    (value) => {
      fc.pre(typeof value !== 'string');
      expect(resourcesFor(value as string)).toEqual([EMERGENCY_FALLBACK]);
    },
  );
});
