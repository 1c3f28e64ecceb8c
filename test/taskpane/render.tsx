import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { AppProps } from "../../src/taskpane/App";
import { ServicesProvider } from "../../src/taskpane/services";
import type { PaneServices } from "../../src/taskpane/services";

export function renderPane(services: PaneServices, datasetView?: AppProps["datasetView"]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider value={services}>
        <App datasetView={datasetView} />
      </ServicesProvider>
    </FluentProvider>,
  );
}
