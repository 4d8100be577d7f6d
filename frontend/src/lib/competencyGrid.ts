/**
 * The competency grid C18–C29 of the attempt's scenario (the API's
 * competencyGrid): the oral preparation and the report's oral notes read it.
 * The grid is the scenario's content, not the code's.
 */
import { query } from './gql/client';
import { CompetencyGridDocument, type CompetencyGridQuery } from './gql/generated/graphql';

export type Competency = CompetencyGridQuery['competencyGrid'][number];

// One request per attempt and page load: the grid does not change during an exam.
const cache = new Map<string, Promise<Competency[]>>();

/** Loads the attempt's grid; a failed load is retried on the next call. */
export function competencyGrid(attemptId: string): Promise<Competency[]> {
	let p = cache.get(attemptId);
	if (!p) {
		p = query(CompetencyGridDocument, { attemptId }).then((d) => d.competencyGrid);
		p.catch(() => cache.delete(attemptId));
		cache.set(attemptId, p);
	}
	return p;
}

/** The grid in two groups: what is defended at the oral, then what the report assesses. */
export function groupByAssessment(grid: Competency[]): { title: string; items: Competency[] }[] {
	return [
		{ title: 'Compétences défendues à l’oral', items: grid.filter((c) => c.assessed === 'oral') },
		{ title: 'Compétences évaluées sur le rapport', items: grid.filter((c) => c.assessed !== 'oral') }
	].filter((g) => g.items.length);
}
