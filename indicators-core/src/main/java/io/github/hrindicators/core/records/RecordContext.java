package io.github.hrindicators.core.records;

import io.github.hrindicators.core.AgeScheme;
import io.github.hrindicators.core.Area;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the accumulators look records up in: the client table (gender and birth for the disaggregations by gender
 * and age), the site table (provider type and setting of a site) and the age schemes to disaggregate by (both WHO
 * schemes unless told otherwise). Either table may be empty: a client without a row has gender
 * {@link io.github.hrindicators.core.Gender#UNKNOWN} and no age, a site without a row has the area and provider type
 * its records give and no setting.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordContext {
    private static final RecordContext EMPTY = new RecordContext(Map.of(), Map.of(),
            List.of(AgeScheme.WHO_UNDER_25, AgeScheme.WHO_FINE));

    private final Map<Uic, Client> clients;
    private final Map<String, Site> sites;
    private final List<AgeScheme> ageSchemes;

    private RecordContext(Map<Uic, Client> clients, Map<String, Site> sites, List<AgeScheme> ageSchemes) {
        this.clients = clients;
        this.sites = sites;
        this.ageSchemes = ageSchemes;
    }

    /**
     * No client or site table, both WHO age schemes.
     *
     * @return the context
     */
    public static RecordContext empty() {
        return EMPTY;
    }

    /**
     * A client table and a site table, both WHO age schemes.
     *
     * @param clients the clients, each code once
     * @param sites the sites, each code once
     * @return the context
     * @throws IllegalArgumentException if a client code or a site code appears twice, naming it
     * @throws NullPointerException if a collection or an element is null
     */
    public static RecordContext of(Collection<Client> clients, Collection<Site> sites) {
        Map<Uic, Client> c = new HashMap<>();
        for (Client client : clients) {
            if (c.putIfAbsent(client.uic(), client) != null) {
                throw new IllegalArgumentException("Client code appears twice in the client table: " + client.uic());
            }
        }
        Map<String, Site> s = new HashMap<>();
        for (Site site : sites) {
            if (s.putIfAbsent(site.code(), site) != null) {
                throw new IllegalArgumentException("Site code appears twice in the site table: " + site.code());
            }
        }
        return new RecordContext(Map.copyOf(c), Map.copyOf(s), EMPTY.ageSchemes);
    }

    /**
     * A copy with other age schemes.
     *
     * @param schemes the schemes, at least one
     * @return the context
     * @throws IllegalArgumentException if the list is empty
     * @throws NullPointerException if the list or an element is null
     */
    public RecordContext withAgeSchemes(List<AgeScheme> schemes) {
        List<AgeScheme> copy = List.copyOf(schemes);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("No age scheme given");
        }
        return new RecordContext(clients, sites, copy);
    }

    /**
     * The client with a code.
     *
     * @param uic the code
     * @return the client, or empty if the table has no row for it
     * @throws NullPointerException if {@code uic} is null
     */
    public Optional<Client> client(Uic uic) {
        return Optional.ofNullable(clients.get(Objects.requireNonNull(uic, "uic")));
    }

    /**
     * The site with a code.
     *
     * @param code the site code
     * @return the site, or empty if the table has no row for it
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<Site> site(String code) {
        return Optional.ofNullable(sites.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The clients of the client table.
     *
     * @return an unmodifiable collection, in no particular order
     */
    public Collection<Client> clients() {
        return clients.values();
    }

    /**
     * The age schemes to disaggregate by.
     *
     * @return an unmodifiable list, never empty
     */
    public List<AgeScheme> ageSchemes() {
        return ageSchemes;
    }

    Place place(String site, Optional<Area> area, Optional<io.github.hrindicators.core.ProviderType> providerType) {
        Site s = sites.get(site);
        if (s == null) {
            return new Place(site, area, providerType, Optional.empty());
        }
        return new Place(site, area.isPresent() ? area : Optional.of(s.area()),
                providerType.isPresent() ? providerType : Optional.of(s.providerType()), Optional.of(s.setting()));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RecordContext other && (other == this || other.clients.equals(clients)
                && other.sites.equals(sites) && other.ageSchemes.equals(ageSchemes));
    }

    @Override
    public int hashCode() {
        return Objects.hash(clients.size(), sites, ageSchemes);
    }

    @Override
    public String toString() {
        return "records context: " + clients.size() + " clients, " + sites.size() + " sites, age schemes "
                + ageSchemes.stream().map(AgeScheme::name).toList();
    }
}
