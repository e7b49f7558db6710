package com.necxian.refunds.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every service keeps, checked by each service's ArchitectureTest: {@code domain} is plain Java and knows
 * nothing of the packages around it; stores do not reach up into the web; the web and
 * messaging adapters do not use each other; no package cycles; every class in one of the six packages; names say what things are. A service
 * includes them all with {@code @ArchTest static final ArchTests shape = ArchTests.in(ServiceArchitecture.class);}.
 */
public final class ServiceArchitecture {

    /** A service's own packages, {@code com.necxian.refunds.<service>.}; not the support modules' packages. */
    private static final String SERVICE = "com.necxian.refunds.*.";
    private static final String[] SUPPORT = {"com.necxian.refunds.messaging..", "com.necxian.refunds.web..",
            "com.necxian.refunds.money..", "com.necxian.refunds.testsupport..", "com.necxian.refunds.events.."};

    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..domain..", "com.necxian.refunds.money..")
            .as("domain is plain Java: no Spring, Kafka, Avro, Jackson or servlet types");

    @ArchTest
    public static final ArchRule DOMAIN_KNOWS_NOTHING_AROUND_IT = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..", "..store..", "..config..")
            .as("domain does not depend on web, messaging, store or config");

    @ArchTest
    public static final ArchRule STORES_DO_NOT_REACH_UP = noClasses().that().resideInAPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..")
            .as("stores do not depend on the web layer");

    @ArchTest
    public static final ArchRule EVERY_SERVICE_HAS_THE_SAME_ROOMS = classes().that().resideOutsideOfPackages(SUPPORT)
            .should().resideInAnyPackage("..domain..", "..application..", "..web..", "..messaging..", "..store..",
                    "..config..")
            .orShould().haveSimpleNameEndingWith("Application")
            .as("every class of a service is in domain, application, web, messaging, store or config");

    @ArchTest
    public static final ArchRule WEB_DOES_NOT_USE_MESSAGING = noClasses().that().resideInAPackage(SERVICE + "web..")
            .should().dependOnClassesThat().resideInAPackage(SERVICE + "messaging..")
            .as("web adapters call use cases in application, never the messaging adapters");

    @ArchTest
    public static final ArchRule MESSAGING_DOES_NOT_USE_WEB = noClasses().that()
            .resideInAPackage(SERVICE + "messaging..")
            .should().dependOnClassesThat().resideInAPackage(SERVICE + "web..")
            .as("messaging adapters call use cases in application, never the web adapters");

    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching(SERVICE + "(*)..")
            .namingSlices("$1").should().beFreeOfCycles()
            .as("the packages of a service depend on each other in one direction only");

    @ArchTest
    public static final ArchRule NAMES_SAY_WHAT_THINGS_ARE = noClasses()
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .as("no Manager, Helper or Util classes");

    private ServiceArchitecture() {
    }
}
