import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the SPA, generated from the server's schema
 * files themselves (no running server needed) and the operations in
 * src/lib/gql/operations/. `npm run codegen` writes src/lib/gql/generated/
 * (committed); src/lib/gql/generated.test.ts fails when it is stale.
 */
const config: CodegenConfig = {
	schema: '../api/*.graphqls',
	documents: ['src/lib/gql/operations/*.graphql', 'src/lib/jury/operations/*.graphql', 'src/lib/staff/operations/*.graphql'],
	ignoreNoDocuments: false,
	generates: {
		'src/lib/gql/generated/': {
			preset: 'client',
			presetConfig: { fragmentMasking: false },
			config: {
				scalars: { Time: 'string' },
				// String unions instead of runtime enums: nothing added to the bundle.
				enumsAsTypes: true,
				useTypeImports: true,
				// Documents as strings: small in the bundle, parsed by urql once each.
				documentMode: 'string',
				skipTypename: false,
				avoidOptionals: { field: true, inputValue: false, object: false }
			}
		}
	}
};

export default config;
