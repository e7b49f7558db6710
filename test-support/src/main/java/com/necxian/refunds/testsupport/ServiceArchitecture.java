package com.necxian.refunds.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every service keeps, checked by each service's ArchitectureTest: {@code domain} is plain Java and knows
 * nothing of the packages around it; stores do not reach up into the web; names say what things are. A service
 * includes them all with {@code @ArchTest static final ArchTests shape = ArchTests.in(ServiceArchitecture.class);}.
 */
public final class ServiceArchitecture {

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
    public static final ArchRule NAMES_SAY_WHAT_THINGS_ARE = noClasses()
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .as("no Manager, Helper or Util classes");

    private ServiceArchitecture() {
    }
}
