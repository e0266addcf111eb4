/**
 * The contract between cms and portal: typed GraphQL documents and their
 * result and variable types, generated from `operations/` and `fragments/`.
 */
export * from './generated/graphql';
