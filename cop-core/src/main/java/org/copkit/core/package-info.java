/**
 * The entry point, {@link org.copkit.core.CopPlatform}, and the built-in moderation rules, {@link
 * org.copkit.core.BuiltInRules}. With {@code org.copkit.core.memory}, the in-memory adapter, this is
 * all the module exports. The feature packages below hold the domain logic; the few of their types
 * that are public are wiring between features, which Java forces public and the module does not
 * export.
 */
package org.copkit.core;
