/**
 * A statement and its parameters (`?` placeholders), for a write that can run alone or as a
 * common table expression of another (`updateRequest`): one round trip instead of several.
 */
export interface Sql {
  sql: string;
  params: unknown[];
}
