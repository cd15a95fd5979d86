package org.kintsugi.core.spi.work;

import java.util.List;
import java.util.Objects;

/**
 * One list of work on the home page: what it is, how many in all and how many overdue (counted in the
 * database), the first entries, and the navigation screen that shows it whole (its count goes beside it).
 */
public final class WorkList {
    /** The most entries a list carries to the home page; the total says how many more there are. */
    public static final int MAX_ENTRIES = 10;

    private final String id;
    private final String labelKey;
    private final String screenId;
    private final int total;
    private final int overdue;
    private final List<WorkEntry> entries;

    /**
     * @param id unique within the module, lower-case with hyphens
     * @param labelKey the list's name in the module's message files; it may use {total}
     * @param screenId the module's NAVIGATION screen that shows the whole list, or null
     */
    public WorkList(String id, String labelKey, String screenId, int total, int overdue, List<WorkEntry> entries) {
        this.id = Objects.requireNonNull(id, "id");
        this.labelKey = Objects.requireNonNull(labelKey, "labelKey");
        this.screenId = screenId;
        if (total < entries.size() || overdue < 0 || overdue > total) {
            throw new IllegalArgumentException("total " + total + " and overdue " + overdue + " do not fit "
                    + entries.size() + " entries");
        }
        this.total = total;
        this.overdue = overdue;
        this.entries = List.copyOf(entries.subList(0, Math.min(entries.size(), MAX_ENTRIES)));
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    public String screenId() {
        return screenId;
    }

    public int total() {
        return total;
    }

    public int overdue() {
        return overdue;
    }

    public List<WorkEntry> entries() {
        return entries;
    }
}
