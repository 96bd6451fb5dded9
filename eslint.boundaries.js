// The house plan, kept by lint (issue 16, docs/ARCHITECTURE.md): no import cycles; a feature is
// reached from outside only through its index.ts; platform/ and config.ts import no feature;
// no source file over 300 lines; the one permitted disable is max-lines, with its reason.
import comments from '@eslint-community/eslint-plugin-eslint-comments'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function featuresIn(root) {
  const dir = join(root, 'src', 'features')
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory())
}

/** The boundary rules for the tree at root (its src/features folders are read from disk). */
export function boundaries(root) {
  const features = featuresIn(root)
  const featureZones = features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [
      `./${feature}`,
      ...features.filter((f) => f !== feature).map((f) => `./${f}/index.ts`),
    ],
    message: 'import another feature only through its index.ts',
  }))
  const outsideZones = [
    './src/simulators',
    './src/cli',
    './src/app.ts',
    './src/app-features.ts',
    './src/server.ts',
  ].map((target) => ({
    target,
    from: './src/features',
    except: features.map((f) => `./${f}/index.ts`),
    message: 'import a feature only through its index.ts',
  }))
  return [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      plugins: { 'import-x': importX, '@eslint-community/eslint-comments': comments },
      settings: {
        // Parse the imported TypeScript too, so that cycles through it are seen.
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        'import-x/extensions': ['.ts', '.tsx', '.js'],
        'import-x/resolver-next': [
          createNodeResolver({ extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } }),
        ],
      },
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      rules: {
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
        'import-x/no-restricted-paths': [
          'error',
          {
            basePath: root,
            zones: [
              ...featureZones,
              ...outsideZones,
              {
                target: ['./src/platform', './src/config.ts', './src/config'],
                from: './src/features',
                message: 'platform/ and the configuration (config.ts, config/) import no feature',
              },
            ],
          },
        ],
        'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
        '@eslint-community/eslint-comments/require-description': 'error',
        '@eslint-community/eslint-comments/no-restricted-disable': ['error', '*', '!max-lines'],
        '@eslint-community/eslint-comments/no-use': ['error', { allow: ['eslint-disable'] }],
      },
    },
    {
      // Tests may be as long as their cases need and reach into what they test.
      files: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/test-support/**'],
      rules: { 'max-lines': 'off', 'import-x/no-restricted-paths': 'off' },
    },
  ]
}
