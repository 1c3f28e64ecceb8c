import { Link, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useServices } from "../services";

/** The dataset the pane and =WRORISK screen against, shown so a result can be traced to its sources. */
export function DatasetSummary() {
  const services = useServices();
  const [info, setInfo] = useState(() => services.datasetInfo());
  useEffect(() => services.onDatasetChanged(() => setInfo(services.datasetInfo())), [services]);
  return (
    <section aria-labelledby="dataset-heading" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Text as="h2" id="dataset-heading" weight="semibold" size={400}>
        Dataset
      </Text>
      <Text data-testid="dataset-version">
        Version {info.version}, compiled {info.compiled}: {info.listingCount.toLocaleString("en-US")} listings.
      </Text>
      {info.sources.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label="Sources">
          {info.sources.map((s) => (
            <li key={s.address}>
              {/^https:\/\//.test(s.address) ? (
                <Link href={s.address} target="_blank" rel="noreferrer">
                  {s.name}
                </Link>
              ) : (
                <Text>{s.name}</Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
