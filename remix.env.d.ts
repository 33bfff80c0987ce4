/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Loader and action data types follow single fetch (remix.config.js future.v3_singleFetch).
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export {}; // a module, so the declaration above augments @remix-run/node rather than replacing it
