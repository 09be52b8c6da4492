package io.github.hrindicators.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.Indicator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * HAPI FHIR's instance validator against the base R4 profiles, knowing the project's two extensions (read from the
 * module's published StructureDefinition resources) and the Measures of the standard catalogue. Built once: it is
 * costly and thread-safe.
 */
final class FhirValidation {
    static final FhirValidator VALIDATOR = build();

    private FhirValidation() {
    }

    static StructureDefinition structureDefinition(String name) {
        try (InputStream in = FhirExport.class.getResourceAsStream("StructureDefinition-" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("StructureDefinition-" + name + ".json is not on the class path");
            }
            return FhirExport.context().newJsonParser().parseResource(StructureDefinition.class, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FhirValidator build() {
        FhirContext ctx = FhirExport.context();
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(ctx);
        ours.addStructureDefinition(structureDefinition("interval"));
        ours.addStructureDefinition(structureDefinition("population-value"));
        for (Indicator i : Catalogue.standard().indicators()) {
            ours.addResource(FhirExport.measure(i));
        }
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), ours,
                new SnapshotGeneratingValidationSupport(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx));
        return ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** The validator's errors (and fatal errors) for a resource, as text; empty when it validates. */
    static List<String> errors(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::text).collect(Collectors.toList());
    }

    /** Every message, errors and warnings, for looking at. */
    static List<String> messages(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream().map(FhirValidation::text)
                .collect(Collectors.toList());
    }

    private static String text(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
