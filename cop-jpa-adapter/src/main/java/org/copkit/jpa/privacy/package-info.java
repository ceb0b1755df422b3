/**
 * Privacy on JPA: the erasure ledger and policies as entities, and what each capability's tables
 * hold about a member, exported and erased with SQL the three databases share.
 */
package org.copkit.jpa.privacy;
