// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderUi } from '@/components/common/testing';
import type { PrintView } from '@/lib/service/panel-view';
import { PrintDocument } from './PrintApp';

afterEach(() => {
  document.body.replaceChildren();
});

const view: PrintView = {
  language: 'da',
  generatedAt: '2025-03-10T09:00:00.000Z',
  generatedBy: 'Lene Bro',
  persons: [
    { cpr: '0101831234', name: 'Trine Hansen' },
    { cpr: '1205101235', name: 'Martin Hansen' },
  ],
  plan: {
    id: 'p', citizens: ['0101831234', '1205101235'], coordinationLevel: 3, version: 3, updatedAt: '2025-03-02T10:00:00.000Z', updatedBy: 'Lene Bro',
    goals: [{ id: 'g', text: 'Vi vil have ro om morgenen', person: '0101831234' }],
    actions: [{ id: 'a', what: 'Familiebehandling', who: 'Familiehuset', sector: 'children', when: '2025-04-01', status: 'planned' }],
    coordinator: { name: 'Lene Bro', unit: 'Jobcenter Demoby', phone: '44 55 66 77' },
    nextMeeting: '2025-03-20T10:00',
  },
  contacts: [{ name: 'Maja Holm', unit: 'Socialafdelingen', sector: 'adult', phone: '33 22 11 00', systems: ['voksennet'], records: 2 }],
  efforts: {},
};

describe('PrintDocument', () => {
  it('prints one family plan in plain Danish with goals, actions, meeting, coordinator and contacts', () => {
    const { container } = renderUi(<PrintDocument view={view} />);
    const text = container.textContent ?? '';
    expect(container.querySelector('h1')?.textContent).toBe('Vores plan');
    expect(text).toContain('Trine Hansen, Martin Hansen');
    expect(container.querySelector('q')?.textContent).toBe('Vi vil have ro om morgenen');
    expect(text).toContain('Familiebehandling');
    expect(text).toContain('Børn og familie');
    expect(container.querySelector('[data-testid="print-meeting"]')?.textContent).toContain('20. mar. 2025');
    expect(text).toContain('Lene Bro, Jobcenter Demoby, 44 55 66 77');
    expect(container.querySelector('a[href="tel:33221100"]')?.textContent).toBe('33 22 11 00');
  });

  it('has no flags and no CPR numbers', () => {
    const { container } = renderUi(<PrintDocument view={view} />);
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\d{6}-?\d{4}/);
    expect(text).not.toMatch(/opmærksomhed|flag/i);
  });
});
