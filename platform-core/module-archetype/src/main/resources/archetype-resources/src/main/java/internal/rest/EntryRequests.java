package ${package}.internal.rest;

/** Request bodies of {@link EntriesResource}. Unknown fields are refused by the core's JSON reader. */
public final class EntryRequests {
    private EntryRequests() {
    }

    /** A new entry. */
    public static final class NewEntry {
        /** What the practitioner writes; stored sealed. */
        public String body;
    }
}
