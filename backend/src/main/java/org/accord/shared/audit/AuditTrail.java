package org.accord.shared.audit;

/**
 * The port every module records its state changes through (implemented by the audit module, so recording adds no
 * module dependency). {@link #record} must run inside the changing transaction: the row commits or rolls back with
 * the change. The actor is taken from the security context.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
