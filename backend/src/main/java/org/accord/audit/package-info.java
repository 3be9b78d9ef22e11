/**
 * The audit log: every state change of the other modules (recorded through the shared
 * {@link org.accord.shared.audit.AuditTrail} port in the changing transaction), append-only in the database and
 * hash-chained, with queries, CSV/JSON export and chain verification for those who may see it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.accord.audit;
