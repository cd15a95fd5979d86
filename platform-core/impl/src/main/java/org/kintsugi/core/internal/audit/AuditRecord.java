package org.kintsugi.core.internal.audit;

import org.kintsugi.core.api.security.Caller;

/** One thing to audit: who, what (an operation name, never data), which record, from where, outcome. */
public final class AuditRecord {
    public static final String ANONYMOUS = "anonymous";

    private final String actor;
    private final String actorId;
    private final String action;
    private final String module;
    private final String recordType;
    private final String recordId;
    private final String source;
    private final String outcome;

    public AuditRecord(String actor, String actorId, String action, String module, String recordType,
            String recordId, String source, String outcome) {
        this.actor = actor == null ? ANONYMOUS : truncate(actor, 100);
        this.actorId = actorId;
        this.action = truncate(action, 300);
        this.module = module;
        this.recordType = truncate(recordType, 60);
        this.recordId = truncate(recordId, 300);
        this.source = truncate(source, 64);
        this.outcome = truncate(outcome, 40);
    }

    public AuditRecord(Caller caller, String action, String module, String recordType, String recordId,
            String source, String outcome) {
        this(caller == null ? null : caller.getName(), caller == null ? null : caller.userId().toString(),
                action, module, recordType, recordId, source, outcome);
    }

    /** A login attempt: the actor is the user name as typed (normalised), whether or not it exists. */
    public static AuditRecord login(String usernameKey, String userId, String source, String outcome) {
        return new AuditRecord(usernameKey, userId, "auth.login", "core", "user", userId, source, outcome);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String actor() {
        return actor;
    }

    public String actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public String module() {
        return module;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String source() {
        return source;
    }

    public String outcome() {
        return outcome;
    }
}
