// Waits in the pane tests (findBy…, waitFor) get 10 s instead of testing-library's 1 s: on a loaded 2-core
// CI machine a screen over the fake host can take longer than 1 s, and a wait that times out is a flaky
// failure, not a finding. A wait that never succeeds still fails.
require("@testing-library/dom").configure({ asyncUtilTimeout: 10000 });
