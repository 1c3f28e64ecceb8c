export { countryByCode, countryName, readCountry } from "./read-country";
export type { CountryFound, CountryReading, RegionFound } from "./read-country";
