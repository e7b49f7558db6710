# One image recipe for the four services: docker compose passes SERVICE (intake-service, policy-service, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN mvn -q -B -pl ${SERVICE} -am package -DskipTests -Dmdep.skip=true

FROM eclipse-temurin:17-jre
ARG SERVICE
# JVM flags: by default the local stack's lean, C1-only flags (ServiceProcess.LEAN_JVM); docker-compose.yml gives
# intake-service, the storefront's hot path, ServiceProcess.SERVING_JVM (the optimising JIT, still < 300 MB).
ARG JVM_FLAGS="-Xmx128m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=160m"
ENV JVM_FLAGS=${JVM_FLAGS}
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/service.jar
RUN useradd --system --no-create-home refunds
USER refunds
ENTRYPOINT ["sh", "-c", "exec java $JVM_FLAGS -jar /app/service.jar"]
