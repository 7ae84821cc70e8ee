/** The starter fact base written when a workspace has none: valid, empty, and commented to explain the format. */
export function newFactBaseTemplate(): string {
  return `# News Lens fact base: the actors News Lens highlights in news articles, with facts and
# relations. Comments and layout are kept when News Lens edits this file.
# The full format is described in docs/fact-base-format.md of the News Lens project.

newsLens: 1
# extend: add to the built-in fact base (an entry with the same id overrides it)
# replace: use only this file and the files it includes
mode: extend

# One entry per person, country, organisation, armed group or place, for example:
#   - id: niger                 # lower-case letters, digits and '-'; unique
#     name: Niger               # display name, also matched in the text
#     type: country             # person, country, organization, armed-group or place
#     aliases: [Republic of Niger, République du Niger]
#     summary: Landlocked West African state.
#     facts:
#       - statement: The army seized power.
#         date: 2023-07-26      # YYYY, YYYY-MM or YYYY-MM-DD
#         sources: [https://example.org/article]
actors: []

# Typed links between actors, for example:
#   - from: ecowas
#     to: niger
#     type: threatens           # allied-with, supports, opposes, sanctions, member-of, leads, …
#     since: 2023-07-30
relations: []

# Notes you add while reading are written here, anchored to the text they quote.
notes: []
`;
}
