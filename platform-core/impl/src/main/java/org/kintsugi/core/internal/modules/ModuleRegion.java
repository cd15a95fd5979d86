package org.kintsugi.core.internal.modules;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Whether a region offers a module; no row means not offered. */
@Entity
@Table(name = "module_region")
@IdClass(ModuleRegion.Key.class)
public class ModuleRegion {
    @Id
    @Column(name = "module_id")
    private String moduleId;
    @Id
    @Column(name = "region_code")
    private String regionCode;
    private boolean enabled;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;

    protected ModuleRegion() {
    }

    public ModuleRegion(String moduleId, String regionCode) {
        this.moduleId = moduleId;
        this.regionCode = regionCode;
    }

    public void set(boolean enabled, String by, Instant at) {
        this.enabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Composite key: module and region. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String moduleId;
        public String regionCode;

        public Key() {
        }

        public Key(String moduleId, String regionCode) {
            this.moduleId = moduleId;
            this.regionCode = regionCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(moduleId, ((Key) other).moduleId)
                    && Objects.equals(regionCode, ((Key) other).regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(moduleId, regionCode);
        }
    }
}
