package org.kintsugi.letterexchange.internal.store;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.spi.crypto.SealedText;
import org.kintsugi.letterexchange.internal.flow.ItemAction;
import org.kintsugi.letterexchange.internal.flow.ItemFlow;

/** Reading, locking and moving items, and writing their texts and history: one way for every service. */
public final class Items {
    private Items() {
    }

    /** The item, or 404; not yet locked: lock the case first, then {@link #lock}. */
    public static LetterItem find(EntityManager em, String itemId) {
        LetterItem item = itemId == null ? null : em.find(LetterItem.class, itemId);
        if (item == null) {
            throw ProblemException.notFound();
        }
        return item;
    }

    /** Locks the item and reloads it, so the state checked next is the one committed last. */
    public static LetterItem lock(EntityManager em, LetterItem item) {
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        return item;
    }

    /** Applies {@code action} by the state machine (409 naming the rule when it may not happen) and records it. */
    public static LetterEvent move(EntityManager em, LetterItem item, ItemAction action, String actor, Instant now) {
        item.moveTo(ItemFlow.step(action, item.getState(), item.isHeld(), item.isNoSend()).nextOrThrow(), now);
        return record(em, item, action.name(), actor, now);
    }

    public static LetterEvent record(EntityManager em, LetterItem item, String action, String actor, Instant now) {
        long earlier = em.createQuery("select count(e) from LetterEvent e where e.itemId = :item", Long.class)
                .setParameter("item", item.getId()).getSingleResult();
        LetterEvent event = new LetterEvent(item.getId(), (int) earlier + 1, action, actor, now, item.getCurrentVersion());
        em.persist(event);
        return event;
    }

    public static void note(LetterEvent event, String text, SealedText sealer) {
        event.note(sealer.seal(text, event.getId(), LetterEvent.NOTE));
    }

    /** Adds a text as the item's newest version and returns its number. */
    public static int addVersion(EntityManager em, LetterItem item, LetterVersion.Kind kind, Integer basedOn,
            String text, String by, Instant now, SealedText sealer) {
        int number = item.getCurrentVersion() + 1;
        em.persist(new LetterVersion(item.getId(), number, kind, basedOn,
                sealer.seal(text, LetterVersion.sealId(item.getId(), number), LetterVersion.BODY), by, now));
        item.newText(number);
        return number;
    }

    public static String text(EntityManager em, LetterItem item, int number, SealedText sealer) {
        LetterVersion version = versions(em, item.getId()).stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("item " + item.getId() + " has no version " + number));
        return sealer.open(version.getBody(), LetterVersion.sealId(item.getId(), number), LetterVersion.BODY);
    }

    public static List<LetterVersion> versions(EntityManager em, String itemId) {
        return em.createQuery("select v from LetterVersion v where v.itemId = :item order by v.number", LetterVersion.class)
                .setParameter("item", itemId).getResultList();
    }

    public static List<LetterEvent> history(EntityManager em, String itemId) {
        return em.createQuery("select e from LetterEvent e where e.itemId = :item order by e.position", LetterEvent.class)
                .setParameter("item", itemId).getResultList();
    }
}
