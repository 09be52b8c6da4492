package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a record was made: the site and what is known of its area, provider type and setting. A value with its hash
 * computed once, since places are the keys of every client's map.
 */
final class Place {
    /** An order of places, so that choices between them never depend on the order of the rows. */
    static final java.util.Comparator<Place> ORDER = java.util.Comparator.comparing(Place::site)
            .thenComparing(p -> p.area.orElse(null), java.util.Comparator.nullsFirst(java.util.Comparator
                    .<Area>naturalOrder()))
            .thenComparing(p -> p.providerType.orElse(null), java.util.Comparator.nullsFirst(java.util.Comparator
                    .<ProviderType>naturalOrder()))
            .thenComparing(p -> p.setting.orElse(null), java.util.Comparator.nullsFirst(java.util.Comparator
                    .<Setting>naturalOrder()));

    private final String site;
    private final Optional<Area> area;
    private final Optional<ProviderType> providerType;
    private final Optional<Setting> setting;
    private final int hash;

    Place(String site, Optional<Area> area, Optional<ProviderType> providerType, Optional<Setting> setting) {
        this.site = site;
        this.area = area;
        this.providerType = providerType;
        this.setting = setting;
        this.hash = Objects.hash(site, area, providerType, setting);
    }

    String site() {
        return site;
    }

    Optional<Area> area() {
        return area;
    }

    Optional<ProviderType> providerType() {
        return providerType;
    }

    Optional<Setting> setting() {
        return setting;
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof Place p && p.hash == hash && p.site.equals(site) && p.area.equals(area)
                && p.providerType.equals(providerType) && p.setting.equals(setting);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
