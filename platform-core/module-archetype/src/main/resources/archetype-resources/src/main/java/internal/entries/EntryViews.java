package ${package}.internal.entries;

import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.crypto.SealedText;
import ${package}.api.EntryView;
import ${package}.internal.store.Entry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Turns an entry into what this caller may see: its body opened only for those who work on the case. */
@Component(service = EntryViews.class)
public class EntryViews {
    /** The field name bound into the body's ciphertext, with the bundle and the entry's id. */
    static final String BODY = "body";

    private final SealedText sealer;

    @Activate
    public EntryViews(@Reference SealedText sealer) {
        this.sealer = sealer;
    }

    String seal(String body, String entryId) {
        return sealer.seal(body, entryId, BODY);
    }

    EntryView of(Entry entry, CaseSnapshot seenBy) {
        boolean reads = seenBy.callerPractises();
        return new EntryView(entry.getId(), entry.getCaseId(),
                reads ? sealer.open(entry.getBodySealed(), entry.getId(), BODY) : null, !reads,
                entry.getWrittenAt(), entry.getSharedAt(), entry.isHeld(), entry.getHeldBecause(), entry.getVersion());
    }
}
