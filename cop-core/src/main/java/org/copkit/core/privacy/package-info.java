/**
 * Privacy: a member's export, streamed as JSON capability by capability, and their erasure,
 * resumable through the erasure ledger. Domain logic and wiring, not API.
 */
package org.copkit.core.privacy;
