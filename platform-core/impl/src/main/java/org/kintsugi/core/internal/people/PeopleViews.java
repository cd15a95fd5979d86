package org.kintsugi.core.internal.people;

import java.util.List;

/** Regions and partner organisations as the API shows them: views, never the entities themselves. */
public final class PeopleViews {
    private PeopleViews() {
    }

    /** A regional hub. */
    public static final class RegionView {
        public final String code;
        public final String name;

        RegionView(Region region) {
            this.code = region.getCode();
            this.name = region.getName();
        }
    }

    /** A partner organisation and the regions it works in, in order. */
    public static final class OrganisationView {
        public final String id;
        public final String name;
        public final Organisation.Sector sector;
        public final Organisation.Kind kind;
        public final List<String> regions;
        public final long version;

        OrganisationView(Organisation organisation) {
            this.id = organisation.getId();
            this.name = organisation.getName();
            this.sector = organisation.getSector();
            this.kind = organisation.getKind();
            this.regions = organisation.getRegions().stream().sorted().toList();
            this.version = organisation.getVersion();
        }
    }
}
