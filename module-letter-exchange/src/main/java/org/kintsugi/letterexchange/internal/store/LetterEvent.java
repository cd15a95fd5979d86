package org.kintsugi.letterexchange.internal.store;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One step in an item's history: who (a user id, or none when the core's hold did it), what, when. */
@Entity
@Table(name = "lx_event")
public class LetterEvent {
    /** The field name bound into a note's ciphertext, with the bundle and the event's id. */
    public static final String NOTE = "note";

    @Id
    private String id;
    @Column(name = "item_id") private String itemId;
    private String action;
    private String actor;
    private Instant at;
    @Column(name = "version_number") private Integer versionNumber;
    /** The step's place in the item's history, counted from 1: steps of one instant keep their order. */
    private int position;
    /** Review comments or reasons, sealed with the event's id bound in. */
    private String note;

    protected LetterEvent() {
    }

    public LetterEvent(String itemId, int position, String action, String actor, Instant at, Integer versionNumber) {
        this.id = UUID.randomUUID().toString();
        this.itemId = itemId;
        this.position = position;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.versionNumber = versionNumber;
    }

    public void note(String sealed) { this.note = sealed; }

    public String getId() { return id; }
    public String getItemId() { return itemId; }
    public String getAction() { return action; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
    public Integer getVersionNumber() { return versionNumber; }
    public int getPosition() { return position; }
    public String getNote() { return note; }
}
