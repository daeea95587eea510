/**
 * Generated types with ids as `number | string`: Payload types ids by the adapter it generates with (numbers on
 * SQLite and PostgreSQL), but the same code runs on MongoDB, whose ids are strings, and the content model's `ID`
 * says so. This widens every document id and every relationship's id in the JSON schema the types come from.
 */
import type { Config } from 'payload'

type SchemaHook = NonNullable<NonNullable<Config['typescript']>['schema']>[number]
type JSONSchema4 = Parameters<SchemaHook>[0]['jsonSchema']
type TypeName = Extract<JSONSchema4['type'], string>

const widen = (type: JSONSchema4['type']): JSONSchema4['type'] => {
  const names: TypeName[] = Array.isArray(type) ? type : type ? [type] : []
  if (!names.includes('number') || names.includes('string')) return type
  return names.flatMap<TypeName>((name) => (name === 'number' ? ['number', 'string'] : [name]))
}

/** A relationship is `oneOf: [{ type: <id> }, { $ref: <collection> }]`, wherever it sits. */
function widenRelationships(node: unknown): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node) widenRelationships(item)
    return
  }
  const schema: JSONSchema4 = node
  if (Array.isArray(schema.oneOf) && schema.oneOf.some((option) => typeof option.$ref === 'string'))
    for (const option of schema.oneOf) if (option.type !== undefined) option.type = widen(option.type)
  for (const value of Object.values(schema)) widenRelationships(value)
}

export const anyEngineIds: SchemaHook = ({ collectionIDFieldTypes, jsonSchema }) => {
  for (const slug of Object.keys(collectionIDFieldTypes)) {
    const id = jsonSchema.definitions?.[slug]?.properties?.id
    if (id) id.type = widen(id.type)
  }
  widenRelationships(jsonSchema)
  const db = jsonSchema.properties?.db?.properties?.defaultIDType
  if (db) db.type = widen(db.type)
  return jsonSchema
}
