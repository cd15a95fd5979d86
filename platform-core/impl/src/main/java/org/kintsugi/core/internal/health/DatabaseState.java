package org.kintsugi.core.internal.health;

/** What {@code /api/health} says about the database. */
public final class DatabaseState {
    private final String status;
    private final String product;
    private final Long latencyMs;
    private final String reason;

    private DatabaseState(String status, String product, Long latencyMs, String reason) {
        this.status = status;
        this.product = product;
        this.latencyMs = latencyMs;
        this.reason = reason;
    }

    static DatabaseState up(String product, long latencyMs) {
        return new DatabaseState("UP", product, latencyMs, null);
    }

    static DatabaseState down(String reason) {
        return new DatabaseState("DOWN", null, null, reason);
    }

    boolean up() {
        return "UP".equals(status);
    }

    public String getStatus() {
        return status;
    }

    public String getProduct() {
        return product;
    }

    public Long getLatencyMs() {
        return latencyMs;
    }

    public String getReason() {
        return reason;
    }
}
