export * from './links'
export * from './policy'
