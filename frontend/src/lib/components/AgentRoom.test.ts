import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/announcer.svelte';
import { WORKSPACE_KEY, Workspace, type FullAttempt } from '$lib/workspace.svelte';
import AgentRoom from './AgentRoom.svelte';

const api = vi.hoisted(() => ({
	mutate: vi.fn(),
	subscribe: vi.fn(),
	query: vi.fn()
}));

vi.mock('$lib/gql/client', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/gql/client')>();
	return { ...real, mutate: api.mutate, subscribe: api.subscribe, query: api.query, onReconnect: () => () => {} };
});

const agent = { __typename: 'AgentStatus', id: 'data', name: 'Inès Garnier', role: 'Data & Performance', kind: 'TEAM', days: ['J1', 'J2'], open: true, closedReason: '', questions: 1 } as const;

const schedule = {
	j1Start: '2027-01-11T08:00:00Z',
	j1End: '2027-01-11T15:00:00Z',
	j2Start: '2027-01-12T08:00:00Z',
	j2End: '2027-01-12T15:00:00Z',
	j3Start: '2027-01-13T08:00:00Z',
	j3End: '2027-01-13T17:00:00Z'
};

function question(over: Partial<FullAttempt['questions'][number]>) {
	return { __typename: 'Question', id: 'q1', agentId: 'data', text: 'Quel taux de conversion ?', day: 'J1', askedAt: '2027-01-11T09:00:00Z', status: 'ANSWERED', streaming: false, failures: 0, lastFailure: '', pinned: false, excerpt: '', answer: null, ...over } as FullAttempt['questions'][number];
}

function workspace(questions: FullAttempt['questions'], locked = false) {
	const ws = new Workspace('att-1');
	ws.attempt = { id: 'att-1', version: 3, locked, phase: 'J1', agents: [agent], questions, checklist: [], report: {}, schedule, extraTimePct: 0, deadline: schedule.j2End } as unknown as FullAttempt;
	return ws;
}

function renderRoom(ws: Workspace, a = agent as typeof agent | (Omit<typeof agent, 'open' | 'closedReason'> & { open: boolean; closedReason: string })) {
	return render(AgentRoom, { props: { agent: a as never }, context: new Map([[WORKSPACE_KEY, ws]]) });
}

describe('AgentRoom', () => {
	beforeEach(() => {
		api.mutate.mockReset();
		api.subscribe.mockReset().mockReturnValue(() => {});
		announcer.reset();
	});

	it('a closed agent says why and offers no question box', () => {
		renderRoom(workspace([]), { ...agent, open: false, closedReason: 'Les prestataires sont disponibles au jour 2.' });
		expect(screen.getByText('Indisponible : Les prestataires sont disponibles au jour 2.')).toBeInTheDocument();
		expect(screen.queryByRole('textbox')).toBeNull();
	});

	it('an answer being streamed is shown, busy, and not announced', () => {
		const ws = workspace([question({ status: 'PENDING', streaming: true })]);
		ws.streams = { q1: 'Le taux de conversion est de 1,2' };
		renderRoom(ws);
		const streaming = screen.getByTestId('streaming-answer');
		expect(streaming).toHaveTextContent('Le taux de conversion est de 1,2');
		expect(streaming).toHaveAttribute('aria-busy', 'true');
		expect(streaming.closest('[aria-live]')).toBeNull();
		expect(announcer.message).toBe('');
		expect(screen.getByRole('button', { name: 'Réponse en cours…' })).toBeDisabled();
	});

	it('a failed answer can be asked again', async () => {
		const ws = workspace([question({ status: 'FAILED', failures: 1, lastFailure: 'délai dépassé' })]);
		api.mutate.mockResolvedValue({ retryQuestion: { id: 'q1', version: 4, attempt: { id: 'att-1', version: 4, schedule } } });
		renderRoom(ws);
		expect(screen.getByText('La réponse a échoué (délai dépassé).')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Reposer la question « Quel taux de conversion ? »' }));
		expect(api.mutate).toHaveBeenCalledTimes(1);
		expect(api.mutate.mock.calls[0][1]).toMatchObject({ input: { attemptId: 'att-1', questionId: 'q1' } });
		expect(String(api.mutate.mock.calls[0][0])).toContain('retryQuestion');
		// And its answer is followed again.
		await vi.waitFor(() =>
			expect(api.subscribe).toHaveBeenCalledWith(
				expect.anything(),
				{ attemptId: 'att-1', questionId: 'q1' },
				expect.any(Function),
				expect.any(Function),
				expect.any(Function)
			)
		);
	});

	it('an answered question can be pinned as evidence (a toggle button)', async () => {
		const ws = workspace([question({ answer: { __typename: 'Answer', text: 'Le taux est de 1,2 %.', refused: false, engine: 'offline', latencyMs: 3, at: '2027-01-11T09:00:01Z' } })]);
		api.mutate.mockResolvedValue({ pinEvidence: { id: 'q1', version: 4, attempt: { id: 'att-1', version: 4, schedule } } });
		api.query.mockResolvedValue({ attempt: { ...ws.attempt, version: 4 } });
		renderRoom(ws);
		const pin = screen.getByRole('button', { name: /^Épingler comme preuve/ });
		expect(pin).toHaveAttribute('aria-pressed', 'false');
		await userEvent.click(pin);
		expect(String(api.mutate.mock.calls[0][0])).toContain('pinEvidence');
	});

	it('keeps the question being written on this device until it is sent', async () => {
		localStorage.clear();
		const first = renderRoom(workspace([]));
		await userEvent.type(screen.getByRole('textbox', { name: /^Votre question à/ }), 'Quel budget média ?');
		first.unmount();
		renderRoom(workspace([]));
		expect(screen.getByRole('textbox', { name: /^Votre question à/ })).toHaveValue('Quel budget média ?');
	});

	it('after the lock: the conversation stays readable, nothing can be sent or pinned', () => {
		renderRoom(workspace([question({ answer: { __typename: 'Answer', text: 'Réponse.', refused: false, engine: 'offline', latencyMs: 3, at: '2027-01-11T09:00:01Z' } })], true));
		expect(screen.getByText('Réponse.')).toBeInTheDocument();
		expect(screen.queryByRole('button')).toBeNull();
		expect(screen.queryByRole('textbox')).toBeNull();
	});
});
