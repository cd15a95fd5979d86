package org.kintsugi.letterexchange.internal.letters;

import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.crypto.SealedText;
import org.kintsugi.letterexchange.internal.check.ContactDetailsCheck;
import org.kintsugi.letterexchange.internal.rest.LetterViews;
import org.kintsugi.letterexchange.internal.store.Items;
import org.kintsugi.letterexchange.internal.store.LetterEvent;
import org.kintsugi.letterexchange.internal.store.LetterItem;
import org.kintsugi.letterexchange.internal.store.LetterVersion;
import org.kintsugi.letterexchange.internal.store.ReviewDays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One item as this caller may see it: reads its history and texts, opens the sealed ones only for the
 * practitioners who work on the case, and scans the newest text for contact details. {@link LetterViews}
 * then only maps what it is given.
 */
@Component(service = ItemDetails.class)
public class ItemDetails {
    private final SealedText sealer;

    @Activate
    public ItemDetails(@Reference SealedText sealer) {
        this.sealer = sealer;
    }

    /** Inside the caller's transaction. */
    public LetterViews.Detail of(EntityManager em, LetterItem item, CaseSnapshot snapshot) {
        boolean practises = snapshot.callerPractises();
        List<LetterViews.Event> history = Items.history(em, item.getId()).stream()
                .map(e -> LetterViews.event(e, practises ? sealer.open(e.getNote(), e.getId(), LetterEvent.NOTE) : null))
                .collect(Collectors.toList());
        List<LetterViews.Version> versions = !practises ? List.of() : Items.versions(em, item.getId()).stream()
                .map(v -> LetterViews.version(v, sealer.open(v.getBody(), LetterVersion.sealId(v.getItemId(), v.getNumber()),
                        LetterVersion.BODY)))
                .collect(Collectors.toList());
        String newest = versions.isEmpty() ? null : versions.get(versions.size() - 1).text;
        return LetterViews.detail(item, ReviewDays.of(em, item.getRegionCode()), history, versions,
                practises ? ContactDetailsCheck.scan(newest) : List.of());
    }
}
