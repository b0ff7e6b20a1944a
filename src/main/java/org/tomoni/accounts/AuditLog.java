package org.tomoni.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The audit log, for administrators. */
public interface AuditLog {

    /** The newest entries first, optionally only one kind of action. */
    List<AuditEntry> newest(int limit, AuditEntry.@Nullable Action action);
}
