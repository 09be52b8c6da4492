package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import java.util.Optional;

/** Where a record was made: the site and what is known of its area, provider type and setting. */
record Place(String site, Optional<Area> area, Optional<ProviderType> providerType, Optional<Setting> setting) {
}
