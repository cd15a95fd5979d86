package org.kintsugi.letterexchange.internal.store;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** One text of an item, never changed once written; the body is sealed with the item and number bound in. */
@Entity
@Table(name = "lx_version")
public class LetterVersion {
    /** The field name bound into a text's ciphertext, with the bundle and {@link #sealId}. */
    public static final String BODY = "body";

    /** Written by (or for) the writer, or the facilitator's redaction of one. */
    public enum Kind { WRITTEN, REDACTED }

    @Id
    private String id;
    @Column(name = "item_id") private String itemId;
    private int number;
    @Enumerated(EnumType.STRING) private Kind kind;
    @Column(name = "based_on") private Integer basedOn;
    private String body;
    @Column(name = "written_by") private String writtenBy;
    @Column(name = "written_at") private Instant writtenAt;

    protected LetterVersion() {
    }

    public LetterVersion(String itemId, int number, Kind kind, Integer basedOn, String sealedBody, String writtenBy,
            Instant writtenAt) {
        this.id = UUID.randomUUID().toString();
        this.itemId = itemId;
        this.number = number;
        this.kind = kind;
        this.basedOn = basedOn;
        this.body = sealedBody;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    /** What the body's seal binds: a body moved to another item or number does not open. */
    public static String sealId(String itemId, int number) {
        return itemId + "/" + number;
    }

    public String getItemId() { return itemId; }
    public int getNumber() { return number; }
    public Kind getKind() { return kind; }
    public Integer getBasedOn() { return basedOn; }
    public String getBody() { return body; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
}
