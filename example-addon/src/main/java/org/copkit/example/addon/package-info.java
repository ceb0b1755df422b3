/**
 * A complete add-on, as a vendor ships one: {@link org.copkit.example.addon.IbanRule}, {@link
 * org.copkit.example.addon.ProtocolSignal} and {@link org.copkit.example.addon.ProtocolClassifier}, compiled against cop-api alone and listed in {@code
 * META-INF/services}, so that dropping the jar on a host's class path is all it takes.
 */
package org.copkit.example.addon;
