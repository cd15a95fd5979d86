package org.kintsugi.core.internal.health;

import java.util.List;

/** The body of {@code /api/health}. */
public final class HealthReport {
    public final String status;
    public final DatabaseState database;
    public final String schema;
    /** READY once every core endpoint is published; STARTING before. */
    public final String api;
    public final List<ModuleState> modules;

    HealthReport(String status, DatabaseState database, String schema, String api, List<ModuleState> modules) {
        this.status = status;
        this.database = database;
        this.schema = schema;
        this.api = api;
        this.modules = modules;
    }

    /** One installed module, as the core sees it. */
    public static final class ModuleState {
        public final String id;
        public final String name;
        public final String status;

        ModuleState(String id, String name, String status) {
            this.id = id;
            this.name = name;
            this.status = status;
        }
    }
}
