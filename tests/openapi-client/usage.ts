// Ordinary client code against the types openapi-typescript generates from the served OpenAPI document (api.d.ts,
// written by check.sh). It must compile under tsc --strict: numbers are numbers, parameters are named as the README
// names them, enums are unions, a problem is a typed object.
import type { components, paths } from "./api";

type SearchQuery = NonNullable<paths["/api/search"]["get"]["parameters"]["query"]>;
type SearchResponse = components["schemas"]["SearchResponse"];
type Problem = components["schemas"]["ProblemDetails"];
type ValidationProblem = components["schemas"]["HttpValidationProblemDetails"];
type Document = components["schemas"]["Document"];
type Dimension = paths["/api/facets/{dimension}"]["get"]["parameters"]["path"]["dimension"];

const query: SearchQuery = { q: "ceasefire", type: "quotes", sort: "newest", page: 2, pageSize: 20, collapse: true, from: "2025-04-01", dateInterval: "year" };
const nextPageSize: number = (query.pageSize ?? 10) * 2;
const levels: Array<NonNullable<SearchQuery["type"]>> = ["documents", "paragraphs", "quotes"];
const dimension: Dimension = "department";

export function describe(answer: SearchResponse): string {
  const next: number = answer.total + 1;
  const pages: number = Math.ceil(answer.total / answer.pageSize);
  const took: string = answer.tookMs.toFixed(1);
  const first = answer.hits[0];
  const score: number | undefined = first?.score;
  const departments = answer.facets["department"] ?? [];
  const counted: number = departments.reduce((sum, value) => sum + value.count, 0);
  return `${next} ${pages} ${took} ${score ?? 0} ${counted} ${answer.didYouMean ?? ""} ${nextPageSize} ${levels.length} ${dimension}`;
}

export function explain(problem: Problem | ValidationProblem): string {
  const status: number = problem.status ?? 0;
  const fields = "errors" in problem && problem.errors ? Object.keys(problem.errors) : [];
  return `${status} ${problem.title ?? ""}: ${problem.detail ?? ""} ${fields.join(", ")}`;
}

const posted: Document = {
  id: "note-1", kind: "article", title: "Armistice day", summary: null, url: null, date: "2025-11-11", dateInferred: false,
  department: null, departmentInferred: false, source: "api", paragraphs: [{ index: 0, text: "Remembrance at the cenotaph." }],
  quotes: [], actors: [], nations: [], organisations: [], listingEntries: [],
};
export const body: paths["/api/documents"]["post"]["requestBody"] = { content: { "application/json": [posted] } };
export const paragraphCount: number = (posted.paragraphs?.length ?? 0) + 1;
