# One image recipe for the four services: docker compose passes SERVICE (intake-service, policy-service, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN mvn -q -B -pl ${SERVICE} -am package -DskipTests -Dmdep.skip=true

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/service.jar
RUN useradd --system --no-create-home refunds
USER refunds
# The same lean flags as the local stack: each service stays under 300 MB resident (docs/benchmarks.md).
ENTRYPOINT ["java", "-Xmx128m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", \
            "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=160m", "-jar", "/app/service.jar"]
