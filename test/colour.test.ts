// The colour arithmetic the review page's browser test relies on, checked against published values.
import { describe, expect, it } from 'vitest';
import { ciede2000, contrastRatio, parseCssColour, toLab } from './colour.js';

describe('CIEDE2000', () => {
  // Pairs from the test data of Sharma, Wu and Dalal, "The CIEDE2000 color-difference formula" (2005), table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
  ] as Array<[[number, number, number], [number, number, number], number]>)('%j and %j differ by %d', (a, b, expected) => {
    expect(ciede2000(a, b)).toBeCloseTo(expected, 3);
    expect(ciede2000(b, a)).toBeCloseTo(expected, 3);
  });

  it('puts white at L* 100 and black at L* 0', () => {
    expect(toLab(parseCssColour('rgb(255, 255, 255)'))[0]).toBeCloseTo(100, 1);
    expect(toLab(parseCssColour('rgb(0, 0, 0)'))[0]).toBeCloseTo(0, 5);
  });
});

describe('WCAG contrast ratio', () => {
  it.each([
    ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
    // #767676 is the lightest grey that passes AA on white.
    ['rgb(118, 118, 118)', 'rgb(255, 255, 255)', 4.54],
    ['rgb(119, 119, 119)', 'rgb(255, 255, 255)', 4.48],
    ['rgba(10, 20, 30, 1)', 'rgba(10, 20, 30, 1)', 1],
  ])('%s on %s is %d:1', (a, b, expected) => {
    expect(contrastRatio(parseCssColour(a), parseCssColour(b))).toBeCloseTo(expected, 2);
  });
});
