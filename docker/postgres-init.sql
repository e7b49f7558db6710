-- One database per service.
create database intake;
create database policy;
create database payment;
create database notification;
