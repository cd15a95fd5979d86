package org.kintsugi.core.internal.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kintsugi.core.spi.work.WorkEntry;
import org.kintsugi.core.spi.work.WorkList;

/** "My work" as the shell reads it: lists by module, each entry with its case's reference. */
public final class WorkViews {
    private WorkViews() {
    }

    public static final class Page {
        public final List<ListView> lists;
        /** The names of modules whose work could not be read just now: the page says so rather than hide it. */
        public final List<String> unavailable;

        Page(List<ListView> lists, List<String> unavailable) {
            this.lists = List.copyOf(lists);
            this.unavailable = List.copyOf(unavailable);
        }
    }

    public static final class ListView {
        public final String module;
        public final String id;
        public final String labelKey;
        /** The navigation screen that shows the whole list, as the shell names it: {@code <module>/<screen>}. */
        public final String screen;
        public final int total;
        public final int overdue;
        public final List<EntryView> entries;

        ListView(String module, WorkList list, Map<String, String> references) {
            this.module = module;
            this.id = list.id();
            this.labelKey = list.labelKey();
            this.screen = list.screenId() == null ? null : module + "/" + list.screenId();
            this.total = list.total();
            this.overdue = list.overdue();
            // an entry of a case the caller may not see has no reference: it is not shown at all
            this.entries = list.entries().stream().filter(e -> references.containsKey(e.caseId()))
                    .map(e -> new EntryView(e, references.get(e.caseId()))).collect(Collectors.toList());
        }

        ListView(String module, String id, String labelKey, String screen, int total, List<EntryView> entries) {
            this.module = module;
            this.id = id;
            this.labelKey = labelKey;
            this.screen = screen;
            this.total = total;
            this.overdue = 0;
            this.entries = List.copyOf(entries);
        }
    }

    public static final class EntryView {
        /** Absent for work that is not on a case yet (a referral). */
        public final String caseId;
        public final String reference;
        public final String labelKey;
        public final Map<String, String> args;
        public final String target;
        public final LocalDate dueOn;
        public final boolean overdue;

        EntryView(WorkEntry entry, String reference) {
            this(entry.caseId(), reference, entry.labelKey(), entry.args(), entry.target(), entry.dueOn(), entry.overdue());
        }

        EntryView(String caseId, String reference, String labelKey, Map<String, String> args, String target,
                LocalDate dueOn, boolean overdue) {
            this.caseId = caseId;
            this.reference = reference;
            this.labelKey = labelKey;
            this.args = args;
            this.target = target;
            this.dueOn = dueOn;
            this.overdue = overdue;
        }
    }
}
