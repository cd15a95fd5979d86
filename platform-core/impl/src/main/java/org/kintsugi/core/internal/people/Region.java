package org.kintsugi.core.internal.people;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A regional hub. Cases, users and module enablement belong to regions. */
@Entity
@Table(name = "region")
public class Region {
    @Id
    private String code;
    private String name;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Region() {
    }

    public Region(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
