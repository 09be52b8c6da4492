package io.github.hrindicators.core;

/**
 * Who delivers a service, as the UNAIDS Global AIDS Monitoring guidelines ask for services to key populations
 * (community-led or key-population-led organisations distinguished from public providers).
 */
public enum ProviderType {
    /** A community-led or key-population-led organisation. */
    COMMUNITY_LED,
    /** A public (government) provider. */
    PUBLIC,
    /** Any other provider: private, international or non-governmental organisations not led by the community. */
    OTHER
}
